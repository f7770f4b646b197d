using Meter.Tamper;
using nanoFramework.TestFramework;

namespace Meter.Tests.Tamper
{
    [TestClass]
    public class PersistenceFilterTests
    {
        [TestMethod]
        public void RaisesAfterNFramesAndClearsAfterM()
        {
            PersistenceFilter filter = new PersistenceFilter(3, 2);
            Assert.IsFalse(filter.Update(true));
            Assert.IsFalse(filter.Update(true));
            Assert.IsTrue(filter.Update(true));
            Assert.IsTrue(filter.IsActive);
            Assert.IsFalse(filter.Update(true));
            Assert.IsFalse(filter.Update(false));
            Assert.IsTrue(filter.Update(false));
            Assert.IsFalse(filter.IsActive);
        }

        [TestMethod]
        public void NoiseShorterThanNDoesNotRaise()
        {
            PersistenceFilter filter = new PersistenceFilter(3, 3);
            for (int k = 0; k < 20; k++)
            {
                Assert.IsFalse(filter.Update(k % 3 != 2), "two frames of condition then one without never raise");
            }

            Assert.IsFalse(filter.IsActive);
        }

        [TestMethod]
        public void DropoutShorterThanMDoesNotClear()
        {
            PersistenceFilter filter = new PersistenceFilter(1, 3);
            Assert.IsTrue(filter.Update(true));
            Assert.IsFalse(filter.Update(false));
            Assert.IsFalse(filter.Update(false));
            Assert.IsFalse(filter.Update(true));
            Assert.IsFalse(filter.Update(false));
            Assert.IsTrue(filter.IsActive);
        }
    }
}
