using System.Threading;
using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Runtime
{
    [TestClass]
    public class MailboxTests
    {
        [TestMethod]
        public void DeliversInOrder()
        {
            Mailbox box = new Mailbox(4, MailboxOverflow.RejectNewest);
            box.Post("a");
            box.Post("b");
            box.Post("c");
            Assert.AreEqual("a", (string)box.TryTake());
            Assert.AreEqual("b", (string)box.TryTake());
            Assert.AreEqual("c", (string)box.TryTake());
            Assert.IsNull(box.TryTake());
        }

        [TestMethod]
        public void RejectNewestRefusesAndCountsWhenFull()
        {
            Mailbox box = new Mailbox(2, MailboxOverflow.RejectNewest);
            Assert.IsTrue(box.Post(1));
            Assert.IsTrue(box.Post(2));
            Assert.IsFalse(box.Post(3));
            Assert.IsFalse(box.Post(4));
            Assert.AreEqual(2, box.Count);
            Assert.AreEqual(2, box.Dropped);
            Assert.AreEqual(1, (int)box.TryTake());
        }

        [TestMethod]
        public void DropOldestKeepsTheNewestMessages()
        {
            Mailbox box = new Mailbox(3, MailboxOverflow.DropOldest);
            for (int i = 1; i <= 5; i++)
            {
                Assert.IsTrue(box.Post(i));
            }

            Assert.AreEqual(2, box.Dropped);
            Assert.AreEqual(3, (int)box.TryTake());
            Assert.AreEqual(4, (int)box.TryTake());
            Assert.AreEqual(5, (int)box.TryTake());
        }

        [TestMethod]
        public void TakeTimesOutWithNull()
        {
            Mailbox box = new Mailbox(1, MailboxOverflow.RejectNewest);
            Assert.IsNull(box.Take(20));
        }

        [TestMethod]
        public void TakeWakesWhenAnotherThreadPosts()
        {
            Mailbox box = new Mailbox(1, MailboxOverflow.RejectNewest);
            Thread sender = new Thread(() =>
            {
                Thread.Sleep(20);
                box.Post("hello");
            });
            sender.Start();
            object received = box.Take(5000);
            sender.Join();
            Assert.AreEqual("hello", (string)received);
        }

        [TestMethod]
        public void RejectsNullMessages()
        {
            Mailbox box = new Mailbox(1, MailboxOverflow.DropOldest);
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => box.Post(null));
        }
    }
}
