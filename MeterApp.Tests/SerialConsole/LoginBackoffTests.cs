using Meter.SerialConsole.Authentication;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class LoginBackoffTests
    {
        [TestMethod]
        public void NoFailureNoDelay()
        {
            Assert.AreEqual(0, LoginBackoff.DelayMilliseconds(0));
            Assert.AreEqual(0, LoginBackoff.DelayMilliseconds(-1));
            Assert.AreEqual(0, LoginBackoff.DelayMilliseconds(long.MinValue));
        }

        [TestMethod]
        public void TheDelayStartsAtOneSecondAndDoublesBelowTheCap()
        {
            Assert.AreEqual(1000, LoginBackoff.DelayMilliseconds(1));
            Assert.AreEqual(2000, LoginBackoff.DelayMilliseconds(2));
            for (int n = 2; n < LoginBackoff.FailuresForMaxDelay; n++)
            {
                Assert.AreEqual(2 * LoginBackoff.DelayMilliseconds(n - 1), LoginBackoff.DelayMilliseconds(n), "failure " + n);
                Assert.IsTrue(LoginBackoff.DelayMilliseconds(n) < LoginBackoff.MaxDelayMilliseconds, "failure " + n + " is below the cap");
            }

            Assert.AreEqual(256000, LoginBackoff.DelayMilliseconds(9));
        }

        [TestMethod]
        public void FromFailuresForMaxDelayOnTheDelayIsTheCap()
        {
            // The constant is where doubling would first reach the cap, not an arbitrary count.
            Assert.IsTrue(2L * LoginBackoff.DelayMilliseconds(LoginBackoff.FailuresForMaxDelay - 1) >= LoginBackoff.MaxDelayMilliseconds);
            Assert.AreEqual(300000, LoginBackoff.DelayMilliseconds(LoginBackoff.FailuresForMaxDelay));
            Assert.AreEqual(300000, LoginBackoff.DelayMilliseconds(LoginBackoff.FailuresForMaxDelay + 1));
            Assert.AreEqual(300000, LoginBackoff.DelayMilliseconds(31));
            Assert.AreEqual(300000, LoginBackoff.DelayMilliseconds(33));
            Assert.AreEqual(300000, LoginBackoff.DelayMilliseconds(int.MaxValue + 2L));
            Assert.AreEqual(300000, LoginBackoff.DelayMilliseconds(long.MaxValue));
        }
    }
}
