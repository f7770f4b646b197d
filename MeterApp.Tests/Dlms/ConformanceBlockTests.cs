using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class ConformanceBlockTests
    {
        [TestMethod]
        [DataRow((int)Conformance.ReservedZero, 0)]
        [DataRow((int)Conformance.GeneralProtection, 1)]
        [DataRow((int)Conformance.GeneralBlockTransfer, 2)]
        [DataRow((int)Conformance.Read, 3)]
        [DataRow((int)Conformance.Write, 4)]
        [DataRow((int)Conformance.UnconfirmedWrite, 5)]
        [DataRow((int)Conformance.DeltaValueEncoding, 6)]
        [DataRow((int)Conformance.ReservedSeven, 7)]
        [DataRow((int)Conformance.Attribute0SupportedWithSet, 8)]
        [DataRow((int)Conformance.PriorityMgmtSupported, 9)]
        [DataRow((int)Conformance.Attribute0SupportedWithGet, 10)]
        [DataRow((int)Conformance.BlockTransferWithGetOrRead, 11)]
        [DataRow((int)Conformance.BlockTransferWithSetOrWrite, 12)]
        [DataRow((int)Conformance.BlockTransferWithAction, 13)]
        [DataRow((int)Conformance.MultipleReferences, 14)]
        [DataRow((int)Conformance.InformationReport, 15)]
        [DataRow((int)Conformance.DataNotification, 16)]
        [DataRow((int)Conformance.Access, 17)]
        [DataRow((int)Conformance.ParameterizedAccess, 18)]
        [DataRow((int)Conformance.Get, 19)]
        [DataRow((int)Conformance.Set, 20)]
        [DataRow((int)Conformance.SelectiveAccess, 21)]
        [DataRow((int)Conformance.EventNotification, 22)]
        [DataRow((int)Conformance.Action, 23)]
        public void EachNamedBitSitsAtItsGreenBookPosition(int flag, int bit)
        {
            // Green Book 9.4.6.1: bit 0 is the most significant bit of the first content octet.
            byte[] buffer = new byte[ConformanceBlock.Size];
            ConformanceBlock.Write(buffer, 0, (Conformance)flag);
            byte[] expected = Hex.Parse("5F1F040000000000");
            expected = DlmsBytes.Take(expected, ConformanceBlock.Size);
            expected[4 + bit / 8] = (byte)(0x80 >> (bit % 8));
            Assert.AreEqual(Hex.Format(expected), Hex.Format(buffer));

            Conformance read;
            Assert.AreEqual((int)XdlmsError.None, (int)ConformanceBlock.Read(buffer, 0, out read));
            Assert.AreEqual(flag, (int)read);
        }

        [TestMethod]
        public void GreenBookProposedConformanceNamesTheLnServices()
        {
            // 00 7E 1F from the Green Book InitiateRequest.
            Conformance read;
            Assert.AreEqual((int)XdlmsError.None, (int)ConformanceBlock.Read(Hex.Parse("5F1F0400007E1F"), 0, out read));
            Conformance expected = Conformance.Attribute0SupportedWithGet | Conformance.PriorityMgmtSupported
                | Conformance.BlockTransferWithGetOrRead | Conformance.BlockTransferWithSetOrWrite | Conformance.BlockTransferWithAction
                | Conformance.MultipleReferences | Conformance.Get | Conformance.Set | Conformance.SelectiveAccess
                | Conformance.EventNotification | Conformance.Action;
            Assert.AreEqual((int)expected, (int)read);
        }

        [TestMethod]
        [DataRow("5E1F0400007E1F")]
        [DataRow("5F1E0400007E1F")]
        [DataRow("5F1F0500007E1F")]
        [DataRow("5F1F0401007E1F")]
        public void WrongHeaderIsRejected(string hex)
        {
            Conformance read;
            Assert.AreEqual((int)XdlmsError.UnexpectedTag, (int)ConformanceBlock.Read(Hex.Parse(hex), 0, out read));
        }
    }
}
