using System;
using Meter.Events;
using Meter.Hal.Entropy;

namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// Sets the per-meter console secret, which is stored only as a <see cref="ConsoleCredential"/>.
    /// Two ways, as a meter maker provisions meters:
    /// <list type="bullet">
    /// <item>Factory provisioning: the production tool (or the host program) chooses the secret,
    /// records it in its key management system and calls <see cref="Provision"/> before the
    /// console starts. Nothing is printed.</item>
    /// <item>First boot: the composition root calls <see cref="ProvisionAtFirstBoot"/> once per
    /// boot, before any task starts. Only when the record store was blank at mount (a new
    /// meter) and holds no credential does it draw 120 bits from the TRNG, store their hash and
    /// print the secret once on the console, with a warning, for the end-of-line station to
    /// capture. It is never shown again; a lost secret needs factory re-provisioning.</item>
    /// </list>
    /// A credential that is damaged, or missing from a store that was not blank (flash damage can
    /// make a record read as absent: bit rot in the last record written looks like a torn write,
    /// and a sector the mount can not use is erased), is never replaced here: otherwise a
    /// flipped bit in the flash would make the meter print a fresh secret to whoever is at the
    /// console. Logins are then refused until the meter is re-provisioned at the factory, and the
    /// event log says why. Every method runs under one lock, so no check of the record can be
    /// overtaken by another write of it.
    /// </summary>
    public sealed class ConsoleSecretProvisioning
    {
        /// <summary>Random bytes in a generated secret: 120 bits, exactly 24 base32 characters.</summary>
        public const int GeneratedSecretBytes = 15;

        /// <summary>Shortest secret <see cref="Provision"/> accepts.</summary>
        public const int MinSecretLength = 16;

        /// <summary>Longest secret accepted (it must fit a console line after "login ").</summary>
        public const int MaxSecretLength = 64;

        private readonly object _sync = new object();
        private readonly IRecordSlot _credential;
        private readonly ITrng _trng;
        private readonly int _iterations;
        private bool _firstBootChecked;

        /// <param name="credential">The credential record.</param>
        /// <param name="trng">Source of the salt and of generated secrets.</param>
        /// <param name="iterations">
        /// PBKDF2 iterations for new credentials. The cost is paid at each login in managed
        /// SHA-256, so pick it per platform (the count is stored in the record, so it can change
        /// later); against a generated 120-bit secret it is defence in depth, not the barrier.
        /// </param>
        public ConsoleSecretProvisioning(IRecordSlot credential, ITrng trng, int iterations)
        {
            if (credential == null || trng == null)
            {
                throw new ArgumentNullException(credential == null ? "credential" : "trng");
            }

            if (iterations < 1 || iterations > ConsoleCredential.MaxIterations)
            {
                throw new ArgumentOutOfRangeException("iterations");
            }

            _credential = credential;
            _trng = trng;
            _iterations = iterations;
        }

        /// <summary>
        /// Stores <paramref name="secret"/> (16 to 64 printable ASCII characters, no spaces) as a
        /// salted hash, replacing any earlier credential.
        /// </summary>
        public void Provision(string secret)
        {
            if (!IsAcceptableSecret(secret))
            {
                throw new ArgumentException("secret must be 16 to 64 printable ASCII characters without spaces");
            }

            lock (_sync)
            {
                Store(secret);
            }
        }

        /// <summary>
        /// The first-boot check, for the composition root to call once per boot before the
        /// console task starts. With no credential on a store that was blank at mount
        /// (<paramref name="storeWasBlank"/>), generates a secret, stores its hash and prints it
        /// once to <paramref name="output"/>, and returns true. A credential that is missing from
        /// a store that was not blank, or damaged, is left as it is and recorded in
        /// <paramref name="events"/> (<see cref="ConsoleEvents.SecretUnavailable"/>). Only the first
        /// call does anything; later ones return false.
        /// </summary>
        public bool ProvisionAtFirstBoot(bool storeWasBlank, ConsoleWriter output, IEventRecorder events)
        {
            if (output == null || events == null)
            {
                throw new ArgumentNullException(output == null ? "output" : "events");
            }

            lock (_sync)
            {
                if (_firstBootChecked)
                {
                    return false;
                }

                _firstBootChecked = true;
                ConsoleCredential existing;
                CredentialState state = ConsoleCredential.Read(_credential, out existing);
                if (state == CredentialState.Valid)
                {
                    return false;
                }

                if (state == CredentialState.Damaged || !storeWasBlank)
                {
                    events.Record(
                        ConsoleEvents.SecretUnavailable,
                        (state == CredentialState.Damaged ? "damaged" : "missing") + ", needs factory re-provisioning");
                    return false;
                }

                GenerateStoreAndPrint(output);
                return true;
            }
        }

        /// <summary>True for 16 to 64 printable ASCII characters without spaces.</summary>
        public static bool IsAcceptableSecret(string secret)
        {
            if (secret == null || secret.Length < MinSecretLength || secret.Length > MaxSecretLength)
            {
                return false;
            }

            for (int i = 0; i < secret.Length; i++)
            {
                if (secret[i] <= ' ' || secret[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private void GenerateStoreAndPrint(ConsoleWriter output)
        {
            byte[] random = new byte[GeneratedSecretBytes];
            _trng.GetBytes(random, 0, random.Length);
            string secret = Base32.Encode(random, 0, random.Length);
            Array.Clear(random, 0, random.Length);

            // Store before printing: a secret is only shown once it is the meter's secret.
            Store(secret);

            output.BeginLine();
            output.WriteLine("******************************************************************");
            output.WriteLine("* FIRST BOOT: a console secret was generated for this meter.     *");
            output.WriteLine("* It is shown ONCE and stored only as a salted hash.             *");
            output.WriteLine("* Record it now; it cannot be shown again.                       *");
            output.WriteLine("******************************************************************");
            output.WriteLine("console secret: " + secret);
            output.WriteLine("******************************************************************");
            output.Flush();
        }

        private void Store(string secret)
        {
            byte[] salt = new byte[ConsoleCredential.SaltLength];
            _trng.GetBytes(salt, 0, salt.Length);
            ConsoleCredential.Create(secret, salt, _iterations).Write(_credential);
        }
    }
}
