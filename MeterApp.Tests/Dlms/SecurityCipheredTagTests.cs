using Meter.Dlms.Security;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SecurityCipheredTagTests
    {
        [TestMethod]
        [DataRow(0x01, 0x21, -1)]
        [DataRow(0x08, 0x28, -1)]
        [DataRow(0x0E, 0x2E, -1)]
        [DataRow(0xC0, 0xC8, 0xD0)]
        [DataRow(0xC1, 0xC9, 0xD1)]
        [DataRow(0xC2, 0xCA, 0xD2)]
        [DataRow(0xC3, 0xCB, 0xD3)]
        [DataRow(0xC4, 0xCC, 0xD4)]
        [DataRow(0xC5, 0xCD, 0xD5)]
        [DataRow(0xC7, 0xCF, 0xD7)]
        public void PlainTagsMapToTheirCipheredForms(int plain, int glo, int ded)
        {
            Assert.AreEqual(glo, CipheredTag.GloOf((byte)plain));
            Assert.AreEqual(ded, CipheredTag.DedOf((byte)plain));
            Assert.AreEqual(plain, CipheredTag.PlainOf((byte)glo));
            Assert.IsFalse(CipheredTag.IsDedicated((byte)glo));
            if (ded >= 0)
            {
                Assert.AreEqual(glo + CipheredTag.DedicatedOffset, ded);
                Assert.AreEqual(plain, CipheredTag.PlainOf((byte)ded));
                Assert.IsTrue(CipheredTag.IsDedicated((byte)ded));
            }
        }

        [TestMethod]
        [DataRow(0x00)]
        [DataRow(0x60)]
        [DataRow(0xC6)]
        [DataRow(0xD8)]
        [DataRow(0xDB)]
        [DataRow(0xE0)]
        public void OtherTagsHaveNoCipheredForm(int plain)
        {
            Assert.AreEqual(-1, CipheredTag.GloOf((byte)plain));
            Assert.AreEqual(-1, CipheredTag.DedOf((byte)plain));
        }

        [TestMethod]
        [DataRow(0x00)]
        [DataRow(0xC0)]
        [DataRow(0xCE)]
        [DataRow(0xD6)]
        [DataRow(0xD8)]
        [DataRow(0xDB)]
        [DataRow(0x20)]
        public void OtherTagsAreNotCiphered(int tag)
        {
            Assert.AreEqual(-1, CipheredTag.PlainOf((byte)tag));
            Assert.IsFalse(CipheredTag.IsDedicated((byte)tag));
        }
    }
}
