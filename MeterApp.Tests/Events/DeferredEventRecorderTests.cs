using Meter.Events;
using nanoFramework.TestFramework;

namespace Meter.Tests.Events
{
    [TestClass]
    public class DeferredEventRecorderTests
    {
        [TestMethod]
        public void EventsWaitInOrderUntilDrainedAndAFullRingRefusesTheNewest()
        {
            DeferredEventRecorder deferred = new DeferredEventRecorder(3);
            ListRecorder target = new ListRecorder();
            for (ushort code = 1; code <= 5; code++)
            {
                deferred.Record(code, "e" + code.ToString());
            }

            Assert.AreEqual(3, deferred.Count);
            Assert.AreEqual(2, deferred.Dropped);
            Assert.AreEqual(0, target.Count, "nothing is recorded before the drain");
            Assert.AreEqual(2, deferred.DrainInto(target, 2));
            deferred.Record(9, "e9");
            Assert.AreEqual(2, deferred.DrainInto(target, 10));
            Assert.AreEqual(0, deferred.DrainInto(target, 10));
            Assert.AreEqual("1 e1;2 e2;3 e3;9 e9;", target.Text, "oldest first; the refused 4 and 5 never appear");
        }

        private sealed class ListRecorder : IEventRecorder
        {
            public int Count;
            public string Text = string.Empty;

            public void Record(ushort code, string details)
            {
                Count++;
                Text += code.ToString() + " " + details + ";";
            }
        }
    }
}
