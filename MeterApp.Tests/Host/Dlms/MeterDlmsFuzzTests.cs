using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Meter.Boot;
using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Tests.Boot;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// Issue 5's fuzz test: a whole meter on the virtual board, metering in real time, takes at
    /// least 100,000 mutated valid DLMS frames (<see cref="FuzzCorpus"/> mutated by
    /// <see cref="FrameMutator"/>, deterministic from fixed seeds) over its real TCP wrapper port,
    /// from public (SAP 16) connections and from HLS-GMAC suite 0 management (SAP 1) associations
    /// whose frames are ciphered by the real client code (mutated plaintext ciphered validly,
    /// ciphered frames mutated on the wire, replays, forged tags), plus connections whose very first
    /// header is broken. Then: no exception reached a session boundary, no task faulted or
    /// restarted, every connection was closed and freed, metrology kept counting frames and lost
    /// none, and fresh public and management associations are still served.
    /// </summary>
    [TestClass]
    public class MeterDlmsFuzzTests
    {
        private const int PublicWorkers = 2;
        private const int PublicFramesPerWorker = 35000;
        private const int ManagementFrames = 30000;
        private const int PublicBatch = 500;
        private const int PublicSeed = 4059;
        private const int ManagementBatch = 400;

        // Reconnections allowed for one connection (a slot still held by the connection that just ended refuses a new one).
        private const int MaxAttempts = 50;

        // The largest plaintext ciphered validly: with the glo-/general-glo overhead it stays within the session's 1024.
        private const int MaxPlaintext = 980;

        private static readonly byte[] ClientTitle = { 0x46, 0x55, 0x5A, 0x5A, 0, 0, 0, 1 };
        private static readonly byte[] ImportEnergy = { 1, 0, 1, 8, 0, 255 };
        private static readonly byte[] Serial = { 0, 0, 96, 1, 0, 255 };

        [TestMethod]
        public void HundredThousandMutatedFramesLeaveTheMeterServingAndMetering()
        {
            var flash = new VirtualFlash(4096, 64);
            RunningMeter meter = Start(flash);
            try
            {
                ShipmentFile shipment = ParseShipment(meter);
                List<byte[]> requests = FuzzCorpus.XdlmsRequests();
                List<byte[]> acse = FuzzCorpus.AcseFrames();
                AssertValid(requests, acse);
                int port = meter.App.Dlms.Wrapper.LocalPort;
                long framesBefore = meter.App.Metrology.Frames;
                int erasesBefore = Erases(flash);
                int operationsBefore = flash.OperationCount;
                var tally = new Tally();
                var clock = Stopwatch.StartNew();

                var plainAnswers = new FuzzAnswerChecker[PublicWorkers];
                byte[] serverTitle = new byte[8];
                shipment.CopySystemTitle(serverTitle, 0);
                var cipheredAnswers = new FuzzAnswerChecker(Keys(shipment, 1), ClientTitle, serverTitle);
                var workers = new List<Thread>();
                for (int w = 0; w < PublicWorkers; w++)
                {
                    int seed = PublicSeed + w;
                    workers.Add(new Thread(() => Guard(tally, () => FuzzPublic(port, seed, requests, acse, plainAnswers, tally))) { IsBackground = true });
                }

                uint nextCounter = 0;
                workers.Add(new Thread(() => Guard(tally, () => nextCounter = FuzzManagement(port, 62056, shipment, requests, acse, cipheredAnswers, tally))) { IsBackground = true });
                workers.ForEach(t => t.Start());
                workers.ForEach(t => Assert.IsTrue(t.Join(120000), "a fuzz worker hangs"));
                clock.Stop();
                Assert.IsNull(tally.Failure, tally.Failure);

                // Every fuzz connection was closed by the meter and its slot freed.
                for (int i = 0; i < 500 && meter.App.Dlms.Wrapper.ActiveConnections > 0; i++)
                {
                    Thread.Sleep(10);
                }

                DlmsServerStatistics statistics = meter.App.Dlms.Server.Statistics;
                long framesAfter = meter.App.Metrology.Frames;
                Console.WriteLine("DLMS fuzz: " + tally.Mutated + " mutated frames (" + tally.Valid + " valid ones between) over " + tally.Connections
                    + " connections and " + tally.BrokenConnections + " ended by a broken header (+" + tally.ColdConnections + " with a broken first header, " + tally.ColdFrames + " frames), "
                    + tally.Answers + " answers, " + tally.Retries + " reconnections, " + clock.ElapsedMilliseconds + " ms; server: accepted " + meter.App.Dlms.Wrapper.AcceptedConnections
                    + ", refused " + meter.App.Dlms.Wrapper.RefusedConnections + ", refused APDUs " + statistics.Refused + ", security failures "
                    + statistics.SecurityFailures + ", authentication failures " + statistics.AuthenticationFailures + ", faults " + statistics.Faults
                    + "; management counter reached " + nextCounter + "; metrology frames " + framesBefore + " -> " + framesAfter);
                Console.WriteLine("flash during the run (security events, accepted counters, clock and profile writes): "
                    + (flash.OperationCount - operationsBefore) + " program/erase operations, " + (Erases(flash) - erasesBefore) + " sector erases");
                Console.WriteLine("public answers: " + Histogram(plainAnswers) + "; management answers: " + cipheredAnswers.Ciphered + " ciphered, " + Histogram(cipheredAnswers));

                Assert.IsTrue(tally.Mutated >= 100000, "at least 100,000 mutated frames: " + tally.Mutated);
                Assert.AreEqual(0, statistics.Faults, "exceptions caught at the session boundary");
                Assert.AreEqual(0, meter.App.Dlms.Wrapper.ActiveConnections, "connections left open");

                // Thousands of refused frames, a handful of log entries: the fraud log keeps its evidence.
                Assert.IsTrue(statistics.SecurityFailures > 1000, "the fuzzer provoked security failures");
                Assert.IsTrue(meter.App.FraudLog.Count <= 10, "fraud log entries: " + meter.App.FraudLog.Count + " newest " + string.Join(" / ", System.Array.ConvertAll(meter.App.FraudLog.ReadLatest(5), e => e.ToString())));
                Assert.IsTrue(meter.App.Dlms.SecurityEvents.Suppressed > 1000, "security events left out of the log");
                foreach (Meter.Runtime.TaskStatus task in meter.App.Supervisor.Snapshot())
                {
                    Assert.AreEqual(0, task.Restarts, task.Name + " restarted: " + task.LastFault);
                    Assert.AreEqual((int)Meter.Runtime.TaskState.Running, (int)task.State, task.Name + " " + task.State + " " + task.LastFault);
                }

                // Still serving: a public association reads the serial number, a management one the energy.
                var publicTransport = new WrapperClientTransport("127.0.0.1", port, AssociationPolicy.PublicClientSap, 1, 2048);
                var reader = new DlmsClient(publicTransport, null);
                reader.Associate();
                GetDataResult serial = reader.Get(new CosemAttributeDescriptor(1, Serial, 2));
                Assert.IsTrue(serial.IsData, serial.AccessResult.ToString());
                Assert.AreEqual(meter.App.Dlms.Keys.Identity.SerialNumber.ToString(), System.Text.Encoding.ASCII.GetString(serial.Data.GetBytes()));

                // The management client's counter (0.0.43.1.0.255, the last one accepted) stays below the fuzzer's next one:
                // no forged counter (0xFF.., one above the last) or replay moved it.
                long stored = reader.Get(new CosemAttributeDescriptor(1, MeterDlms.ManagementCounterName, 2)).Data.AsInt64();
                Assert.IsTrue(stored < nextCounter, "counter " + stored + " moved past the last one sent validly, " + (nextCounter - 1));
                reader.Release();
                publicTransport.Close();

                var managementTransport = new WrapperClientTransport("127.0.0.1", port, AssociationPolicy.ManagementClientSap, 1, 2048);
                var manager = new DlmsClient(managementTransport, Keys(shipment, 7).Security(ClientTitle, nextCounter));
                manager.Associate();
                GetDataResult energy = manager.Get(new CosemAttributeDescriptor(3, ImportEnergy, 2));
                Assert.IsTrue(energy.IsData, energy.AccessResult.ToString());
                manager.Release();
                managementTransport.Close();
                Assert.AreEqual(0, meter.App.Dlms.Server.Statistics.Faults);

                // Metrology: no frame lost during the run, and still measuring (a frame takes a fraction of a second; a short run may see none).
                for (int i = 0; i < 500 && meter.App.Metrology.Frames <= framesBefore; i++)
                {
                    Thread.Sleep(10);
                }

                Assert.AreEqual(0L, meter.App.Metrology.LostFrames, "metrology lost frames");
                Assert.IsTrue(meter.App.Metrology.Frames > framesBefore, "metrology kept measuring");
            }
            finally
            {
                meter.App.Stop();
            }
        }

        // Public client connections: a real AARQ/AARE first (so the connection is known to be served and associated), then batches of mutated frames.
        private static void FuzzPublic(int port, int seed, List<byte[]> requests, List<byte[]> acse, FuzzAnswerChecker[] checkers, Tally tally)
        {
            var checker = new FuzzAnswerChecker();
            checkers[seed - PublicSeed] = checker;
            var random = new DeterministicRandom(seed);
            var mutator = new FrameMutator(random);
            var pool = new List<byte[]>(requests);
            pool.AddRange(acse);
            byte[] aarq = FuzzCorpus.PublicAarq();
            byte[] rlrq = FuzzCorpus.Rlrq();
            var batch = new FuzzBatch();
            var decoder = new XdlmsApduDecoder(new AxdrDecoder());
            var fields = new FieldMutator(random);
            const ushort sap = AssociationPolicy.PublicClientSap;
            int fed = 0;
            for (int connection = 0; fed < PublicFramesPerWorker; connection++)
            {
                if (connection % 4 == 3)
                {
                    Cold(port, sap, random, mutator, pool, batch, tally);
                    continue;
                }

                FuzzConnection link = OpenPublic(port, aarq, checker, tally);
                batch.Clear();
                int units = Math.Min(PublicBatch, PublicFramesPerWorker - fed);
                for (int i = 0; i < units; i++)
                {
                    if (random.Next(32) == 0)
                    {
                        // Back to a known association now and then, so mutations keep reaching the services.
                        batch.Add(sap, 1, rlrq, rlrq.Length, false);
                        batch.Add(sap, 1, aarq, aarq.Length, false);
                    }

                    byte[] frame = Mutate(mutator, fields, random, pool, decoder);
                    batch.Add(sap, 1, frame, frame.Length, true);
                }

                // The sentinel: answered by an AARE only if the meter served the whole batch.
                batch.Add(sap, 1, rlrq, rlrq.Length, false);
                batch.Add(sap, 1, aarq, aarq.Length, false);
                fed += batch.Mutated;
                Feed(link, batch, tally);
                if (random.Next(2) == 0)
                {
                    fed += BreakHeader(port, aarq, checker, mutator, random, pool, tally);
                }
            }
        }

        // Management connections, one at a time (they share the meter's client invocation counter): HLS-GMAC with the real client, then ciphered batches.
        private static uint FuzzManagement(int port, int seed, ShipmentFile shipment, List<byte[]> requests, List<byte[]> acse, FuzzAnswerChecker checker, Tally tally)
        {
            var random = new DeterministicRandom(seed);
            var mutator = new FrameMutator(random);
            ClientKeys keys = Keys(shipment, seed);
            var cipher = new ApduCipher(keys.Operations, 2048);
            var context = new SecurityContext(keys.EncryptionKey, keys.AuthenticationKey, new RamInvocationCounterGuard(), ClientTitle, 0);
            var handshake = new List<byte[]>();
            var sent = new List<byte[]>();
            var batch = new FuzzBatch();
            var decoder = new XdlmsApduDecoder(new AxdrDecoder());
            var fields = new FieldMutator(random);
            byte[] wire = new byte[2048];
            byte[] read = new byte[64];
            Array.Resize(ref read, new GetRequestNormal(0xC1, new CosemAttributeDescriptor(3, ImportEnergy, 2), null).Encode(read, 0, read.Length));
            const ushort sap = AssociationPolicy.ManagementClientSap;
            byte[] publicAarq = FuzzCorpus.PublicAarq();
            uint next = 1;
            int fed = 0;
            for (int connection = 0; fed < ManagementFrames; connection++)
            {
                FuzzConnection link;
                for (int attempt = 1; ; attempt++)
                {
                    link = new FuzzConnection(port, sap);
                    if (connection == 0)
                    {
                        link.SentApdus = handshake.Add;
                    }

                    var client = new DlmsClient(link, keys.Security(ClientTitle, next));
                    client.ResponseTimeoutMilliseconds = 5000;
                    try
                    {
                        client.Associate();
                        next = client.NextInvocationCounter;
                        break;
                    }
                    catch (DlmsClientException) when (attempt < MaxAttempts)
                    {
                        // Refused while the meter still held the previous connection's slot: again, a bounded number of times.
                        next = client.NextInvocationCounter;
                        link.Dispose();
                        tally.Retry();
                        Thread.Sleep(5);
                    }
                }

                if (connection == 0)
                {
                    sent.AddRange(handshake);
                }

                link.SentApdus = null;
                var acsePool = new List<byte[]>(acse);
                acsePool.AddRange(handshake);
                batch.Clear();
                int units = Math.Min(ManagementBatch, ManagementFrames - fed);
                for (int i = 0; i < units; i++)
                {
                    int kind = random.Next(100);
                    if (kind < 45)
                    {
                        // Mutated plaintext, validly ciphered under the next counter: reaches the services with management rights.
                        byte[] plain = Mutate(mutator, fields, random, requests, decoder);
                        int length = Protect(cipher, context, random, next++, plain, Math.Min(plain.Length, MaxPlaintext), wire);
                        batch.Add(sap, 1, wire, length, true);
                        sent.Add(Take(wire, length));
                    }
                    else if (kind < 80)
                    {
                        // A valid ciphered request mutated on the wire: forged tags, counters, security control, lengths.
                        byte[] plain = Pick(random, requests);
                        int length = Protect(cipher, context, random, next++, plain, plain.Length, wire);
                        byte[] valid = Take(wire, length);
                        byte[] mutated = mutator.MutateCiphered(valid, Pick(random, requests));
                        batch.Add(sap, 1, mutated, mutated.Length, true);
                    }
                    else if (kind < 92 && sent.Count > 0)
                    {
                        // A replay, byte for byte, of a ciphered frame the meter took before (the handshake's among them).
                        byte[] replay = sent[random.Next(sent.Count)];
                        batch.Add(sap, 1, replay, replay.Length, true);
                    }
                    else
                    {
                        // The association still answers a correct ciphered GET.
                        int length = Protect(cipher, context, random, next++, read, read.Length, wire);
                        batch.Add(sap, 1, wire, length, false);
                        sent.Add(Take(wire, length));
                    }
                }

                // ACSE last: a mutated AARQ or RLRQ (the handshake's ciphered ones among them) may end the association.
                for (int i = 0; i < 8; i++)
                {
                    byte[] frame = mutator.Mutate(Pick(random, acsePool), Pick(random, acsePool));
                    batch.Add(sap, 1, frame, frame.Length, true);
                }

                // The sentinel: answered by an AARE (refusing it) only if the meter served the whole batch.
                batch.Add(sap, 1, publicAarq, publicAarq.Length, false);
                if (sent.Count > 4096)
                {
                    sent.RemoveRange(handshake.Count, 2048);
                }

                fed += batch.Mutated;
                link.Check = checker.Check;
                link.StartDraining();
                Feed(link, batch, tally);
            }

            return next;
        }

        // A mutation of a pool frame: a third of the time a field-level one (well-formed, odd values that reach the objects),
        // else bytes, half of those retried until the result still decodes as xDLMS.
        private static byte[] Mutate(FrameMutator mutator, FieldMutator fields, DeterministicRandom random, List<byte[]> pool, XdlmsApduDecoder decoder)
        {
            if (random.Next(3) == 0)
            {
                byte[] field = fields.Mutate(Pick(random, pool));
                if (field != null)
                {
                    return field;
                }
            }

            bool decodable = random.Next(2) == 0;
            byte[] frame = null;
            for (int attempt = 0; attempt < (decodable ? 16 : 1); attempt++)
            {
                frame = mutator.Mutate(Pick(random, pool), Pick(random, pool));
                if (decoder.Decode(frame, 0, frame.Length).IsOk)
                {
                    break;
                }
            }

            return frame;
        }

        // An associated connection that gets one frame with a broken wrapper header (a batch cannot end with one: the meter
        // closes at once, with bytes unread, and the reset may drop answers still on their way); the meter must close it.
        private static int BreakHeader(int port, byte[] aarq, FuzzAnswerChecker checker, FrameMutator mutator, DeterministicRandom random, List<byte[]> pool, Tally tally)
        {
            FuzzConnection link = OpenPublic(port, aarq, checker, tally);
            byte[] broken = mutator.BreakHeader(AssociationPolicy.PublicClientSap, 1, Pick(random, pool));
            link.SendRaw(broken, 0, broken.Length);
            tally.Broken(link.Finish(20000));
            return 1;
        }

        // A connection whose first header is broken (unknown wPorts, bad version or length), followed by mutated frames: the meter closes it.
        private static void Cold(int port, ushort sap, DeterministicRandom random, FrameMutator mutator, List<byte[]> pool, FuzzBatch batch, Tally tally)
        {
            batch.Clear();
            byte[] broken = mutator.BreakHeader(sap, 1, Pick(random, pool));
            batch.AddRaw(broken, broken.Length, true);
            for (int i = 0; i < 4; i++)
            {
                byte[] frame = mutator.Mutate(Pick(random, pool), null);
                batch.Add(sap, 1, frame, frame.Length, true);
            }

            var link = new FuzzConnection(port, sap);
            link.StartDraining();
            link.SendRaw(batch.Bytes, 0, batch.Length);
            tally.Cold(batch.Mutated, link.Finish(20000));
        }

        private static FuzzConnection OpenPublic(int port, byte[] aarq, FuzzAnswerChecker checker, Tally tally)
        {
            byte[] answer = new byte[1024];
            for (int attempt = 1; ; attempt++)
            {
                var link = new FuzzConnection(port, AssociationPolicy.PublicClientSap);
                if (link.Send(aarq, 0, aarq.Length) && link.Receive(answer, 0, answer.Length, 5000) > 0 && answer[0] == AcseTag.Aare)
                {
                    link.Check = checker.Check;
                    link.StartDraining();
                    return link;
                }

                // Refused while the meter still held a previous connection's slot: again, a bounded number of times.
                link.Dispose();
                if (attempt == MaxAttempts)
                {
                    throw new InvalidOperationException("the meter refuses public associations after the fuzz");
                }

                tally.Retry();
                Thread.Sleep(5);
            }
        }

        // Sends the batch in one write while the reader drains, half-closes, and waits for the meter to close its side.
        private static void Feed(FuzzConnection link, FuzzBatch batch, Tally tally)
        {
            link.SendRaw(batch.Bytes, 0, batch.Length);
            bool closed = link.Finish(20000);

            // The sentinel's AARE comes last.
            bool served = link.LastAnswerTag == AcseTag.Aare;
            tally.Connection(batch, link.Answers, closed, link.BadAnswer, served ? null
                : "the meter stopped serving a connection before the end of its batch (" + batch.Valid + " valid and " + batch.Mutated + " mutated frames, "
                    + link.Answers + " answers, the last with tag " + link.LastAnswerTag.ToString("X2") + ")");
        }

        private static int Protect(ApduCipher cipher, SecurityContext context, DeterministicRandom random, uint counter, byte[] plain, int count, byte[] wire)
        {
            // glo-ciphering where the plaintext's tag has a glo- form (Green Book ed. 9, 9.5), general-glo-ciphering otherwise and one time in four.
            int written = 0;
            CipherResult result = random.Next(4) == 0 ? CipherResult.UnknownTag
                : cipher.Protect(context, false, SecurityControl.AuthenticatedAndEncrypted, counter, plain, 0, count, wire, 0, wire.Length, out written);
            if (result == CipherResult.UnknownTag)
            {
                result = cipher.ProtectGeneralGlo(context, SecurityControl.AuthenticatedAndEncrypted, counter, plain, 0, count, wire, 0, wire.Length, out written);
            }

            if (result != CipherResult.Ok)
            {
                throw new InvalidOperationException("cannot cipher a corpus frame: " + result);
            }

            return written;
        }

        private static void AssertValid(List<byte[]> requests, List<byte[]> acse)
        {
            var decoder = new XdlmsApduDecoder(new AxdrDecoder());
            foreach (byte[] apdu in requests)
            {
                XdlmsParseResult parsed = decoder.Decode(apdu, 0, apdu.Length);
                Assert.IsTrue(parsed.IsOk, "corpus APDU " + Bytes.Hex(apdu) + ": " + parsed.Result);
            }

            foreach (byte[] apdu in acse)
            {
                AcseError error = apdu[0] == AcseTag.Aarq
                    ? new Aarq().Decode(apdu, 0, apdu.Length, 1024)
                    : new Rlrq().Decode(apdu, 0, apdu.Length, 1024);
                Assert.AreEqual(AcseError.None, error, "corpus ACSE " + Bytes.Hex(apdu));
            }
        }

        private static void Guard(Tally tally, Action work)
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                tally.Fail(e.ToString());
            }
        }

        private static int Erases(VirtualFlash flash)
        {
            int erases = 0;
            for (int sector = 0; sector < flash.SectorCount; sector++)
            {
                erases += flash.GetEraseCount(sector);
            }

            return erases;
        }

        private static RunningMeter Start(VirtualFlash flash)
        {
            return MeterDlmsFixture.Start(flash);
        }

        private static ShipmentFile ParseShipment(RunningMeter meter)
        {
            return MeterDlmsFixture.ParseShipment(meter);
        }

        private static ClientKeys Keys(ShipmentFile shipment, int seed)
        {
            return MeterDlmsFixture.Keys(shipment, seed);
        }

        // Answers by kind: GET/SET/ACTION responses, exception-responses, confirmed-service-errors, AARE, RLRE.
        private static string Histogram(params FuzzAnswerChecker[] checkers)
        {
            string text = string.Empty;
            foreach (var (tag, name) in new[] { (0xC4, "get"), (0xC5, "set"), (0xC7, "action"), (0xD8, "exception"), (0x0E, "service-error"), (0x61, "aare"), (0x63, "rlre") })
            {
                int count = 0;
                foreach (FuzzAnswerChecker checker in checkers)
                {
                    count += checker.CountOf((byte)tag);
                }

                text += (text.Length == 0 ? string.Empty : ", ") + name + " " + count;
            }

            return text;
        }

        private static byte[] Pick(DeterministicRandom random, List<byte[]> pool)
        {
            return pool[random.Next(pool.Count)];
        }

        private static byte[] Take(byte[] buffer, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(buffer, copy, count);
            return copy;
        }

        /// <summary>What the workers fed and got back, shared between their threads.</summary>
        private sealed class Tally
        {
            private readonly object _sync = new object();

            public long Mutated { get; private set; }

            public long Valid { get; private set; }

            public int Connections { get; private set; }

            public int ColdConnections { get; private set; }

            public long ColdFrames { get; private set; }

            public long Answers { get; private set; }

            public int Retries { get; private set; }

            public string Failure { get; private set; }

            public void Connection(FuzzBatch batch, int answers, bool closed, string badAnswer, string cutShort)
            {
                lock (_sync)
                {

                    Mutated += batch.Mutated;
                    Valid += batch.Valid;
                    Connections++;
                    Answers += answers;
                    if (!closed)
                    {
                        Failure ??= "the meter did not close a connection after its batch";
                    }

                    if (badAnswer != null)
                    {
                        Failure ??= badAnswer;
                    }

                    Failure ??= cutShort;
                }
            }

            public int BrokenConnections { get; private set; }

            public void Broken(bool closed)
            {
                lock (_sync)
                {
                    Mutated++;
                    BrokenConnections++;
                    if (!closed)
                    {
                        Failure ??= "the meter did not close a connection after a broken header";
                    }
                }
            }

            public void Cold(int frames, bool closed)
            {
                lock (_sync)
                {
                    ColdConnections++;
                    ColdFrames += frames;
                    if (!closed)
                    {
                        Failure ??= "the meter did not close a connection with a broken first header";
                    }

                }
            }

            public void Retry()
            {
                lock (_sync)
                {
                    Retries++;
                }
            }

            public void Fail(string failure)
            {
                lock (_sync)
                {
                    Failure ??= failure;
                }
            }
        }
    }
}
