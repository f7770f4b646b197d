using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Security;

namespace Meter.SerialConsole.Commands
{
    /// <summary>crypto: the provider chosen for each algorithm, the crypto state and the device keys (public half only).</summary>
    public sealed class CryptoCommand : IConsoleCommand
    {
        private readonly MeterCrypto _crypto;

        public CryptoCommand(MeterCrypto crypto)
        {
            if (crypto == null)
            {
                throw new ArgumentNullException("crypto");
            }

            _crypto = crypto;
        }

        public string Name
        {
            get { return "crypto"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "show crypto providers, state and device keys"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 0)
            {
                output.WriteError("usage: crypto");
                return;
            }

            for (int a = 0; a < CryptoProviders.AlgorithmCount; a++)
            {
                CryptoAlgorithm algorithm = (CryptoAlgorithm)a;
                output.WriteLine(Pad(CryptoProviders.NameOf(algorithm), 14) + _crypto.Providers.For(algorithm).Name);
            }

            output.WriteLine("state         " + State(_crypto.Health));
            DeviceKeys keys = _crypto.DeviceKeys;
            for (ushort slot = 1; slot <= DeviceKeySlots.Count; slot++)
            {
                string line = "key " + slot.ToString() + "         " + Pad(DeviceKeySlots.NameOf(slot), 13);
                KeyHandle key = keys == null ? null : keys.Get(slot);
                if (key != null)
                {
                    output.WriteLine(line + Fingerprint(key));
                }
                else
                {
                    output.WriteLine(line + (keys != null && keys.IsDamaged(slot) ? "DAMAGED" : "absent"));
                }
            }
        }

        private static string State(CryptoHealth health)
        {
            if (health.IsOperational)
            {
                return "operational";
            }

            return health.IsTested ? "ERROR: " + health.Failure : "starting (self-test not run yet)";
        }

        // The first 8 bytes of the public X coordinate: enough to tell keys apart on a console.
        private static string Fingerprint(KeyHandle key)
        {
            byte[] publicKey = new byte[key.PublicKeyLength];
            key.ExportPublicKey(publicKey, 0);
            string text = "X=";
            for (int i = 0; i < 8; i++)
            {
                text += publicKey[i].ToString("X2");
            }

            return text + "...";
        }

        private static string Pad(string text, int width)
        {
            while (text.Length < width)
            {
                text += " ";
            }

            return text;
        }
    }
}
