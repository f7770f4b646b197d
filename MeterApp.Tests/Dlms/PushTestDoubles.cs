using System;
using System.Collections;
using Meter.Dlms.Axdr;
using Meter.Dlms.Push;
using Meter.Dlms.Transport;
using Meter.Events;
using Meter.Tests.Support;

namespace Meter.Tests.Dlms
{
    /// <summary>An in-memory connection: keeps what was sent; can refuse or throw.</summary>
    internal sealed class MemoryPushTransport : IApduTransport
    {
        private readonly int _maxApduSize;
        private readonly bool _refuse;
        private readonly bool _throw;

        public MemoryPushTransport(int maxApduSize, bool refuse, bool throwOnSend)
        {
            _maxApduSize = maxApduSize;
            _refuse = refuse;
            _throw = throwOnSend;
        }

        public byte[] Sent;
        public int Closes;

        public int MaxApduSize
        {
            get { return _maxApduSize; }
        }

        public bool Send(byte[] apdu, int offset, int count)
        {
            if (_throw)
            {
                throw new InvalidOperationException("connection reset");
            }

            if (_refuse)
            {
                return false;
            }

            Sent = new byte[count];
            Array.Copy(apdu, offset, Sent, 0, count);
            return true;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            return -1;
        }

        public void Close()
        {
            Closes++;
        }
    }

    /// <summary>
    /// Opens <see cref="MemoryPushTransport"/>s: the first <see cref="FailingConnects"/> connects
    /// fail (null, or an exception with <see cref="ThrowOnConnect"/>); later ones succeed unless
    /// <see cref="RefuseSends"/> or <see cref="ThrowOnSend"/>.
    /// </summary>
    internal sealed class MemoryPushTransportFactory : IPushTransportFactory
    {
        private readonly ArrayList _opened = new ArrayList();
        private readonly ArrayList _destinations = new ArrayList();
        private readonly object _sync = new object();

        public int FailingConnects;
        public bool ThrowOnConnect;
        public bool RefuseSends;
        public bool ThrowOnSend;
        public int MaxApduSize = 1024;
        public int Connects;

        public IApduTransport Connect(string destination)
        {
            lock (_sync)
            {
                Connects++;
                _destinations.Add(destination);
                if (FailingConnects > 0)
                {
                    FailingConnects--;
                    if (ThrowOnConnect)
                    {
                        throw new InvalidOperationException("no route to host");
                    }

                    return null;
                }

                MemoryPushTransport transport = new MemoryPushTransport(MaxApduSize, RefuseSends, ThrowOnSend);
                _opened.Add(transport);
                return transport;
            }
        }

        /// <summary>Connections opened (not counting failed connects).</summary>
        public int Opened
        {
            get { lock (_sync) { return _opened.Count; } }
        }

        public MemoryPushTransport Transport(int index)
        {
            lock (_sync)
            {
                return (MemoryPushTransport)_opened[index];
            }
        }

        public string Destination(int index)
        {
            lock (_sync)
            {
                return (string)_destinations[index];
            }
        }

        /// <summary>The APDUs delivered, oldest first.</summary>
        public ArrayList Delivered()
        {
            ArrayList delivered = new ArrayList();
            lock (_sync)
            {
                foreach (MemoryPushTransport transport in _opened)
                {
                    if (transport.Sent != null)
                    {
                        delivered.Add(transport.Sent);
                    }
                }
            }

            return delivered;
        }
    }

    /// <summary>Attribute values by (class, logical name, attribute); one entry can be made to throw.</summary>
    internal sealed class TablePushValueSource : IPushValueSource
    {
        private readonly Hashtable _values = new Hashtable();

        public string Throwing;
        public int Reads;

        public void Add(ushort classId, string logicalNameHex, int attribute, DlmsData value)
        {
            _values[Key(classId, Hex.Parse(logicalNameHex), attribute)] = value;
        }

        public DlmsData Read(ushort classId, byte[] logicalName, int attributeIndex)
        {
            Reads++;
            string key = Key(classId, logicalName, attributeIndex);
            if (key == Throwing)
            {
                throw new InvalidOperationException("object list not ready");
            }

            return (DlmsData)_values[key];
        }

        public static string Key(ushort classId, byte[] logicalName, int attribute)
        {
            return classId.ToString() + "/" + Hex.Format(logicalName) + "/" + attribute.ToString();
        }
    }

    /// <summary>Hands out counter values from <c>next</c> until <c>limit</c>; records them.</summary>
    internal sealed class ScriptedPushCounter : IPushInvocationCounter
    {
        private uint _next;
        private readonly uint _limit;

        public ScriptedPushCounter(uint next, uint limit)
        {
            _next = next;
            _limit = limit;
        }

        public bool Throw;
        public int Taken;

        public bool TryNext(out uint value)
        {
            value = 0;
            if (Throw)
            {
                throw new InvalidOperationException("store full");
            }

            if (_next >= _limit)
            {
                return false;
            }

            value = _next++;
            Taken++;
            return true;
        }
    }

    /// <summary>Random bytes from a fixed 32-bit value, big endian; or throws.</summary>
    internal sealed class FixedRandom : Meter.Hal.Crypto.IRandomSource
    {
        public uint Value;
        public bool Throw;

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            if (Throw)
            {
                throw new InvalidOperationException("DRBG in error state");
            }

            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)(Value >> (8 * (3 - (i % 4))));
            }
        }
    }

    /// <summary>Returns a fixed job (or null), or throws.</summary>
    internal sealed class FixedPushJobSource : IPushJobSource
    {
        public PushJob Job;
        public bool Throw;
        public int Created;

        public PushJob CreateJob()
        {
            Created++;
            if (Throw)
            {
                throw new InvalidOperationException("push setup record unreadable");
            }

            return Job;
        }
    }

    /// <summary>Keeps the jobs queued; refuses once full.</summary>
    internal sealed class ListPushQueue : IPushQueue
    {
        private readonly ArrayList _jobs = new ArrayList();

        public int Capacity = int.MaxValue;
        public bool Throw;

        public int Count
        {
            get { return _jobs.Count; }
        }

        public PushJob At(int index)
        {
            return (PushJob)_jobs[index];
        }

        public bool Enqueue(PushJob job)
        {
            if (Throw)
            {
                throw new InvalidOperationException("queue broken");
            }

            if (_jobs.Count >= Capacity)
            {
                return false;
            }

            _jobs.Add(job);
            return true;
        }
    }

    /// <summary>Keeps the event codes recorded; can throw after keeping one.</summary>
    internal sealed class CodeListRecorder : IEventRecorder
    {
        private readonly ArrayList _codes = new ArrayList();

        public bool Throw;

        public int Count
        {
            get { return _codes.Count; }
        }

        public ushort At(int index)
        {
            return (ushort)_codes[index];
        }

        public void Record(ushort code, string details)
        {
            _codes.Add(code);
            if (Throw)
            {
                throw new InvalidOperationException("log full");
            }
        }
    }

    /// <summary>Jobs and values shared by the push tests.</summary>
    internal static class PushFixtures
    {
        /// <summary>The push setup 0-0:25.9.0.255, as the first entry of its own object list names it.</summary>
        public const string SetupName = "0000190900ff";
        public const string EnergyName = "0100010800ff";
        public const string SerialName = "0000600100ff";
        public const string Destination = "192.0.2.10:4059";

        /// <summary>The meter's time when the fixtures push: Sunday 2026-11-22 08:30:15.250 UTC.</summary>
        public static readonly DateTime Now = new DateTime(2026, 11, 22, 8, 30, 15, 250);

        public static PushObject[] Objects()
        {
            return new PushObject[]
            {
                new PushObject(40, Hex.Parse(SetupName), 0, 1, 0),
                new PushObject(3, Hex.Parse(EnergyName), 0, 2, 0),
                new PushObject(1, Hex.Parse(SerialName), 0, 2, 0),
            };
        }

        public static TablePushValueSource Values()
        {
            TablePushValueSource values = new TablePushValueSource();
            values.Add(40, SetupName, 1, DlmsData.OctetString(Hex.Parse(SetupName)));
            values.Add(3, EnergyName, 2, DlmsData.DoubleLongUnsigned(12345));
            values.Add(1, SerialName, 2, DlmsData.VisibleString("ABC"));
            return values;
        }

        public static PushJob Job(int retries, int delaySeconds, PushProtection protection)
        {
            return new PushJob(Objects(), Destination, retries, delaySeconds, protection, false);
        }
    }
}
