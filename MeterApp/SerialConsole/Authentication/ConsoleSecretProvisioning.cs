using System;
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
    /// <item>First boot: when the meter starts with no credential at all,
    /// <see cref="ProvisionIfAbsent"/> draws 120 bits from the TRNG, stores their hash and prints
    /// the secret once on the console, with a warning, for the end-of-line station to capture.
    /// It is never shown again; a lost secret needs factory re-provisioning.</item>
    /// </list>
    /// A record that exists but is damaged is never replaced here: otherwise corrupting the
    /// flash would make the meter print a fresh secret to whoever is at the console.
    /// </summary>
    public sealed class ConsoleSecretProvisioning
    {
        /// <summary>Random bytes in a generated secret: 120 bits, exactly 24 base32 characters.</summary>
        public const int GeneratedSecretBytes = 15;

        /// <summary>Shortest secret <see cref="Provision"/> accepts.</summary>
        public const int MinSecretLength = 16;

        /// <summary>Longest secret accepted (it must fit a console line after "login ").</summary>
        public const int MaxSecretLength = 64;

        private readonly IRecordSlot _credential;
        private readonly ITrng _trng;
        private readonly int _iterations;

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

            byte[] salt = new byte[ConsoleCredential.SaltLength];
            _trng.GetBytes(salt, 0, salt.Length);
            ConsoleCredential.Create(secret, salt, _iterations).Write(_credential);
        }

        /// <summary>
        /// On first boot (no credential record), generates a secret, stores its hash and prints it
        /// once to <paramref name="output"/>. Returns true when it did so.
        /// </summary>
        public bool ProvisionIfAbsent(ConsoleWriter output)
        {
            ConsoleCredential existing;
            if (ConsoleCredential.Read(_credential, out existing) != CredentialState.Absent)
            {
                return false;
            }

            byte[] random = new byte[GeneratedSecretBytes];
            _trng.GetBytes(random, 0, random.Length);
            string secret = Base32.Encode(random, 0, random.Length);
            Array.Clear(random, 0, random.Length);

            // Store before printing: a secret is only shown once it is the meter's secret.
            Provision(secret);

            output.BeginLine();
            output.WriteLine("******************************************************************");
            output.WriteLine("* FIRST BOOT: a console secret was generated for this meter.     *");
            output.WriteLine("* It is shown ONCE and stored only as a salted hash.             *");
            output.WriteLine("* Record it now; it cannot be shown again.                       *");
            output.WriteLine("******************************************************************");
            output.WriteLine("console secret: " + secret);
            output.WriteLine("******************************************************************");
            output.Flush();
            return true;
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
    }
}
