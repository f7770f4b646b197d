using Meter.Dlms.Security;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class SecurityInvocationCounterGuardTests
    {
        [TestMethod]
        public void CountersMustStrictlyIncrease()
        {
            RamInvocationCounterGuard guard = new RamInvocationCounterGuard();
            Assert.IsTrue(guard.IsFresh(0));
            Assert.AreEqual(0u, guard.LowestAcceptable);
            guard.Accept(5);
            Assert.IsFalse(guard.IsFresh(5));
            Assert.IsFalse(guard.IsFresh(4));
            Assert.IsTrue(guard.IsFresh(6));
            Assert.AreEqual(6u, guard.LowestAcceptable);

            // An older counter never moves it back.
            guard.Accept(3);
            Assert.AreEqual(6u, guard.LowestAcceptable);
        }

        [TestMethod]
        public void ResumesAfterTheLastAcceptedAndSaturates()
        {
            Assert.IsFalse(new RamInvocationCounterGuard(0).IsFresh(0));
            Assert.IsTrue(new RamInvocationCounterGuard(0).IsFresh(1));
            RamInvocationCounterGuard exhausted = new RamInvocationCounterGuard(uint.MaxValue);
            Assert.IsFalse(exhausted.IsFresh(uint.MaxValue));
            Assert.AreEqual(uint.MaxValue, exhausted.LowestAcceptable);
        }
    }
}
