using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Runtime
{
    [TestClass]
    public class RestartBackoffTests
    {
        [TestMethod]
        [DataRow(1, 250, 60000, 250)]
        [DataRow(2, 250, 60000, 500)]
        [DataRow(3, 250, 60000, 1000)]
        [DataRow(8, 250, 60000, 32000)]
        [DataRow(9, 250, 60000, 60000)]
        [DataRow(2147483647, 250, 60000, 60000)]
        [DataRow(0, 250, 60000, 250)]
        [DataRow(-3, 250, 60000, 250)]
        [DataRow(1, 1000, 500, 500)]
        [DataRow(5, 0, 800, 0)]
        [DataRow(5, -10, 800, 0)]
        [DataRow(2, 100, 0, 0)]
        [DataRow(40, 1073741824, 2147483647, 2147483647)]
        public void TheDelayDoublesPerFailureUpToTheCap(int failures, int baseMilliseconds, int maxMilliseconds, int expected)
        {
            Assert.AreEqual(expected, RestartBackoff.Delay(failures, baseMilliseconds, maxMilliseconds));
        }

        [TestMethod]
        public void TheDelayNeverShrinksAndNeverPassesTheCap()
        {
            int previous = 0;
            for (int failures = 1; failures < 100; failures++)
            {
                int delay = RestartBackoff.Delay(failures, 3, 100000);
                Assert.IsTrue(delay >= previous, "failure " + failures.ToString() + ": " + delay.ToString() + " < " + previous.ToString());
                Assert.IsTrue(delay <= 100000, "failure " + failures.ToString() + ": " + delay.ToString());
                previous = delay;
            }

            Assert.AreEqual(100000, previous);
        }
    }
}
