using System;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// One push to send: what a push setup (class 40, Blue Book 4.4.8) held when its push was
    /// triggered (the object list, the destination, randomisation_start_interval,
    /// number_of_retries and repetition_delay), how to protect it, and whether it is an alarm
    /// (high priority). The values themselves are read when the push task takes the job up.
    /// Immutable, so it can cross tasks.
    /// </summary>
    public sealed class PushJob
    {
        /// <summary>Most retries a job asks for (number_of_retries is an unsigned, 8 bits).</summary>
        public const int MaxRetries = 255;

        /// <summary>Longest repetition_delay or randomisation_start_interval in seconds (a long-unsigned).</summary>
        public const int MaxRepetitionDelaySeconds = 65535;

        private readonly PushObject[] _objects;
        private readonly string _destination;
        private readonly int _numberOfRetries;
        private readonly int _repetitionDelaySeconds;
        private readonly PushProtection _protection;
        private readonly bool _highPriority;
        private readonly int _randomisationStartIntervalSeconds;

        /// <summary>A job that starts at once (randomisation_start_interval 0).</summary>
        public PushJob(PushObject[] objects, string destination, int numberOfRetries, int repetitionDelaySeconds, PushProtection protection, bool highPriority)
            : this(objects, destination, 0, numberOfRetries, repetitionDelaySeconds, protection, highPriority)
        {
        }

        /// <param name="objects">The push_object_list, in order (copied; may be empty: an empty structure is pushed).</param>
        /// <param name="destination">The send_destination, e.g. "host:port", handed to the transport factory as it is.</param>
        /// <param name="randomisationStartIntervalSeconds">The first attempt waits a random time up to this (0..65535 s), so a crowd of meters does not push at once.</param>
        /// <param name="numberOfRetries">Attempts after the first one that failed (0..255).</param>
        /// <param name="repetitionDelaySeconds">Wait between two attempts (0..65535 s).</param>
        /// <param name="protection">Plain, or ciphered under suite 0.</param>
        /// <param name="highPriority">Sets the priority bit of long-invoke-id-and-priority (alarms).</param>
        public PushJob(PushObject[] objects, string destination, int randomisationStartIntervalSeconds, int numberOfRetries, int repetitionDelaySeconds, PushProtection protection, bool highPriority)
        {
            if (objects == null || destination == null)
            {
                throw new ArgumentNullException(objects == null ? "objects" : "destination");
            }

            if (destination.Length == 0)
            {
                throw new ArgumentException("no destination", "destination");
            }

            if (numberOfRetries < 0 || numberOfRetries > MaxRetries)
            {
                throw new ArgumentOutOfRangeException("numberOfRetries");
            }

            if (repetitionDelaySeconds < 0 || repetitionDelaySeconds > MaxRepetitionDelaySeconds)
            {
                throw new ArgumentOutOfRangeException("repetitionDelaySeconds");
            }

            if (randomisationStartIntervalSeconds < 0 || randomisationStartIntervalSeconds > MaxRepetitionDelaySeconds)
            {
                throw new ArgumentOutOfRangeException("randomisationStartIntervalSeconds");
            }

            _objects = new PushObject[objects.Length];
            for (int i = 0; i < objects.Length; i++)
            {
                if (objects[i] == null)
                {
                    throw new ArgumentNullException("objects");
                }

                _objects[i] = objects[i];
            }

            _destination = destination;
            _numberOfRetries = numberOfRetries;
            _repetitionDelaySeconds = repetitionDelaySeconds;
            _protection = protection;
            _highPriority = highPriority;
            _randomisationStartIntervalSeconds = randomisationStartIntervalSeconds;
        }

        /// <summary>Entries of the push object list.</summary>
        public int ObjectCount
        {
            get { return _objects.Length; }
        }

        /// <summary>The send_destination string.</summary>
        public string Destination
        {
            get { return _destination; }
        }

        /// <summary>Longest random wait before the first attempt, in seconds.</summary>
        public int RandomisationStartIntervalSeconds
        {
            get { return _randomisationStartIntervalSeconds; }
        }

        /// <summary>Attempts after a failed first one.</summary>
        public int NumberOfRetries
        {
            get { return _numberOfRetries; }
        }

        /// <summary>Seconds between two attempts.</summary>
        public int RepetitionDelaySeconds
        {
            get { return _repetitionDelaySeconds; }
        }

        /// <summary>Plain or ciphered.</summary>
        public PushProtection Protection
        {
            get { return _protection; }
        }

        /// <summary>True for an alarm: the notification carries the high-priority bit.</summary>
        public bool HighPriority
        {
            get { return _highPriority; }
        }

        /// <summary>The entry <paramref name="index"/> of the push object list.</summary>
        public PushObject ObjectAt(int index)
        {
            return _objects[index];
        }

        /// <summary>The same job with the priority bit set or cleared.</summary>
        public PushJob WithHighPriority(bool highPriority)
        {
            return highPriority == _highPriority
                ? this
                : new PushJob(_objects, _destination, _randomisationStartIntervalSeconds, _numberOfRetries, _repetitionDelaySeconds, _protection, highPriority);
        }
    }
}
