using System.Collections.Generic;
using Meter.Dlms.Axdr;
using Meter.Dlms.Server;
using Meter.Tests.Dlms;
using Meter.Tests.Support;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// A <see cref="FakeMeterSession"/> per connection, all with the Green Book keys
    /// (<see cref="SecurityVectors"/>), the meter system title <see cref="SecurityVectors.ServerTitle"/>
    /// and the same values: invocation counter 41, two registers with scaler_unit and a name.
    /// </summary>
    internal sealed class FakeMeterFactory : IApduSessionFactory
    {
        private readonly SecurityVectors _keys = new SecurityVectors(160);
        private readonly List<FakeMeterSession> _sessions = new List<FakeMeterSession>();
        private readonly List<string> _opens = new List<string>();

        public FakeMeterSession[] Sessions
        {
            get
            {
                lock (_sessions)
                {
                    return _sessions.ToArray();
                }
            }
        }

        /// <summary>"client/server" SAPs of every session opened, in order.</summary>
        public string[] Opens
        {
            get
            {
                lock (_sessions)
                {
                    return _opens.ToArray();
                }
            }
        }

        public IApduSession Open(ushort clientSap, ushort serverSap)
        {
            var meter = new FakeMeterSession(_keys.Rig.Operations, _keys.EncryptionKey, _keys.AuthenticationKey, Hex.Parse(SecurityVectors.ServerTitle), 5000);
            meter.Put(1, new byte[] { 0, 0, 43, 1, 0, 255 }, 2, DlmsData.DoubleLongUnsigned(41));
            meter.Put(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 2, DlmsData.DoubleLongUnsigned(12345));
            meter.Put(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 3, DlmsData.Structure(DlmsData.Integer(0), DlmsData.Enum(30)));
            meter.Put(3, new byte[] { 1, 0, 32, 7, 0, 255 }, 2, DlmsData.LongUnsigned(2301));
            meter.Put(3, new byte[] { 1, 0, 32, 7, 0, 255 }, 3, DlmsData.Structure(DlmsData.Integer(-1), DlmsData.Enum(35)));
            meter.Put(1, new byte[] { 0, 0, 42, 0, 0, 255 }, 2, DlmsData.OctetString(System.Text.Encoding.ASCII.GetBytes("MTR00000001")));
            lock (_sessions)
            {
                _sessions.Add(meter);
                _opens.Add(clientSap + "/" + serverSap);
            }

            return meter;
        }
    }
}
