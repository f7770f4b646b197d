using System;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualFlashTests
    {
        [TestMethod]
        public void NewFlashIsErased()
        {
            VirtualFlash flash = new VirtualFlash(256, 4);
            Assert.AreEqual(1024, flash.Size);
            byte[] all = flash.GetImage();
            for (int i = 0; i < all.Length; i++)
            {
                Assert.AreEqual((byte)0xFF, all[i], "byte " + i);
            }
        }

        [TestMethod]
        public void ProgramAndsBitsAndNeverSetsThem()
        {
            VirtualFlash flash = new VirtualFlash(256, 2);
            flash.Program(10, new byte[] { 0xF0, 0x3C }, 0, 2);
            flash.Program(10, new byte[] { 0x0F, 0xFF }, 0, 2);
            byte[] read = new byte[2];
            flash.Read(10, read, 0, 2);
            Assert.AreEqual((byte)0x00, read[0]);
            Assert.AreEqual((byte)0x3C, read[1]);
        }

        [TestMethod]
        public void EraseResetsOnlyItsSector()
        {
            VirtualFlash flash = new VirtualFlash(256, 3);
            byte[] zeros = new byte[256];
            flash.Program(0, zeros, 0, 256);
            flash.Program(256, zeros, 0, 256);
            flash.EraseSector(1);
            byte[] read = new byte[1];
            flash.Read(255, read, 0, 1);
            Assert.AreEqual((byte)0x00, read[0], "sector 0 untouched");
            flash.Read(256, read, 0, 1);
            Assert.AreEqual((byte)0xFF, read[0], "sector 1 erased");
            flash.Read(511, read, 0, 1);
            Assert.AreEqual((byte)0xFF, read[0], "sector 1 erased to its end");
            Assert.AreEqual(1, flash.GetEraseCount(1));
            Assert.AreEqual(0, flash.GetEraseCount(0));
            Assert.AreEqual(3, flash.OperationCount);
        }

        [TestMethod]
        public void AccessOutsideTheFlashIsRejected()
        {
            VirtualFlash flash = new VirtualFlash(256, 2);
            byte[] buffer = new byte[8];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Read(-1, buffer, 0, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Read(509, buffer, 0, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Program(510, buffer, 0, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Program(0, buffer, 6, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.EraseSector(2));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.EraseSector(-1));
            Assert.ThrowsException(typeof(ArgumentNullException), () => flash.Program(0, null, 0, 1));
            flash.Program(504, buffer, 0, 8);
            Assert.AreEqual(1, flash.OperationCount, "a program that ends exactly at the end is allowed");
        }

        [TestMethod]
        public void ACutWithoutTearLeavesNothingAndKeepsThePowerOff()
        {
            VirtualFlash flash = new VirtualFlash(256, 2);
            flash.TearMode = TearMode.None;
            flash.CutPowerAtOperation(2);
            flash.Program(0, new byte[] { 0x11 }, 0, 1);
            Assert.ThrowsException(typeof(PowerCutException), () => flash.Program(1, new byte[] { 0x22 }, 0, 1));
            Assert.IsTrue(flash.IsPoweredOff);
            byte[] read = new byte[2];
            Assert.ThrowsException(typeof(PowerCutException), () => flash.Read(0, read, 0, 2));
            Assert.ThrowsException(typeof(PowerCutException), () => flash.EraseSector(0));
            flash.PowerOn();
            flash.Read(0, read, 0, 2);
            Assert.AreEqual((byte)0x11, read[0]);
            Assert.AreEqual((byte)0xFF, read[1], "the interrupted program left nothing");
            Assert.AreEqual(2, flash.OperationCount, "the interrupted operation counts, the refused ones do not");
        }

        [TestMethod]
        public void ATornProgramWritesAPrefixAndOnePartialByte()
        {
            int seenPartial = 0;
            for (int seed = 1; seed <= 40; seed++)
            {
                VirtualFlash flash = new VirtualFlash(256, 1, seed);
                byte[] data = new byte[32];
                for (int i = 0; i < data.Length; i++)
                {
                    data[i] = 0x00;
                }

                flash.CutPowerAtOperation(1);
                Assert.ThrowsException(typeof(PowerCutException), () => flash.Program(64, data, 0, data.Length));
                flash.PowerOn();
                byte[] read = new byte[32];
                flash.Read(64, read, 0, 32);
                int k = 0;
                while (k < 32 && read[k] == 0x00)
                {
                    k++;
                }

                // After the programmed prefix: at most one partly programmed byte, then untouched bytes.
                int tail = k;
                if (tail < 32 && read[tail] != 0xFF)
                {
                    seenPartial++;
                    tail++;
                }

                for (int i = tail; i < 32; i++)
                {
                    Assert.AreEqual((byte)0xFF, read[i], "seed " + seed + " byte " + i);
                }
            }

            Assert.IsTrue(seenPartial > 10, "most tears leave a partly programmed byte, saw " + seenPartial);
        }

        [TestMethod]
        public void ATornEraseResetsTheStartOrTheEndOfTheSector()
        {
            bool sawStart = false;
            bool sawEnd = false;
            for (int seed = 1; seed <= 30; seed++)
            {
                VirtualFlash flash = new VirtualFlash(256, 2, seed);
                byte[] zeros = new byte[512];
                flash.Program(0, zeros, 0, 512);
                flash.CutPowerAtOperation(1);
                Assert.ThrowsException(typeof(PowerCutException), () => flash.EraseSector(1));
                flash.PowerOn();
                byte[] image = flash.GetImage();
                for (int i = 0; i < 256; i++)
                {
                    Assert.AreEqual((byte)0x00, image[i], "the other sector is untouched");
                }

                int erased = 0;
                for (int i = 256; i < 512; i++)
                {
                    Assert.IsTrue(image[i] == 0x00 || image[i] == 0xFF, "erase leaves old or erased bytes only");
                    erased += image[i] == 0xFF ? 1 : 0;
                }

                Assert.IsTrue(erased < 256, "part of the sector keeps its old content");
                if (erased > 0)
                {
                    sawStart |= image[256] == 0xFF;
                    sawEnd |= image[511] == 0xFF;
                }

                Assert.AreEqual(1, flash.GetEraseCount(1), "an interrupted erase still counts as wear");
            }

            Assert.IsTrue(sawStart && sawEnd, "tears hit both the start and the end of the sector");
        }

        [TestMethod]
        public void CutCountsOnlyOperationsFromNow()
        {
            VirtualFlash flash = new VirtualFlash(256, 2);
            flash.TearMode = TearMode.None;
            byte[] one = new byte[] { 0 };
            flash.Program(0, one, 0, 1);
            flash.Program(1, one, 0, 1);
            flash.CutPowerAtOperation(3);
            flash.Program(2, one, 0, 1);
            flash.EraseSector(1);
            Assert.ThrowsException(typeof(PowerCutException), () => flash.Program(3, one, 0, 1));
            Assert.AreEqual(5, flash.OperationCount);
        }

        [TestMethod]
        public void TheSameSeedTearsTheSameWay()
        {
            byte[] first = TearOnce(7);
            byte[] second = TearOnce(7);
            CollectionAssert.AreEqual(first, second);
        }

        [TestMethod]
        public void ImagesRoundTripAndMustHaveTheRightSize()
        {
            VirtualFlash flash = new VirtualFlash(256, 2);
            byte[] image = flash.GetImage();
            image[300] = 0x42;
            flash.LoadImage(image);
            byte[] read = new byte[1];
            flash.Read(300, read, 0, 1);
            Assert.AreEqual((byte)0x42, read[0]);
            image[300] = 0x00;
            flash.Read(300, read, 0, 1);
            Assert.AreEqual((byte)0x42, read[0], "GetImage returns a copy");
            Assert.ThrowsException(typeof(ArgumentException), () => flash.LoadImage(new byte[10]));
        }

        [TestMethod]
        public void AScatteredProgramClearsSomeOfItsBitsAnywhereInItsRange()
        {
            VirtualFlash flash = new VirtualFlash(256, 1, 3);
            flash.TearMode = TearMode.Scattered;
            byte[] value = new byte[128];
            for (int i = 0; i < value.Length; i++)
            {
                value[i] = (byte)(i * 37);
            }

            flash.CutPowerAtOperation(1);
            Assert.ThrowsException(typeof(PowerCutException), () => flash.Program(64, value, 0, value.Length));
            flash.PowerOn();
            byte[] image = flash.GetImage();
            int landed = 0;
            int missed = 0;
            for (int i = 0; i < image.Length; i++)
            {
                byte wanted = i >= 64 && i < 192 ? value[i - 64] : (byte)0xFF;
                Assert.AreEqual((byte)0, (byte)(wanted & ~image[i]), "byte " + i + ": only bits the program clears are cleared");
                landed += image[i] != 0xFF ? 1 : 0;
                missed += image[i] != wanted ? 1 : 0;
            }

            Assert.IsTrue(landed > 10 && missed > 10, "damage spread over the range: " + landed + " bytes touched, " + missed + " not as programmed");
            Assert.IsTrue(image[191] != 0xFF || image[190] != 0xFF || image[189] != 0xFF, "not only a prefix");
        }

        [TestMethod]
        public void AScatteredEraseSetsRandomBitsOfTheSector()
        {
            VirtualFlash flash = new VirtualFlash(256, 2, 4);
            flash.TearMode = TearMode.Scattered;
            flash.Program(0, new byte[512], 0, 512);
            flash.CutPowerAtOperation(1);
            Assert.ThrowsException(typeof(PowerCutException), () => flash.EraseSector(0));
            flash.PowerOn();
            byte[] image = flash.GetImage();
            int erased = 0;
            int partly = 0;
            for (int i = 0; i < 256; i++)
            {
                erased += image[i] == 0xFF ? 1 : 0;
                partly += image[i] != 0xFF && image[i] != 0 ? 1 : 0;
            }

            Assert.IsTrue(erased > 50 && partly > 50, erased + " bytes erased, " + partly + " partly set");
            for (int i = 256; i < 512; i++)
            {
                Assert.AreEqual((byte)0, image[i], "the other sector is untouched");
            }
        }

        private static byte[] TearOnce(int seed)
        {
            VirtualFlash flash = new VirtualFlash(256, 1, seed);
            flash.CutPowerAtOperation(1);
            try
            {
                flash.Program(0, new byte[64], 0, 64);
            }
            catch (PowerCutException)
            {
            }

            return flash.GetImage();
        }
    }
}
