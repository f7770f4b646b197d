using System;
using Meter.Hal.Board;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class BoardCatalogTests
    {
        [TestMethod]
        public void EveryBoardHasDistinctValidPins()
        {
            BoardDefinition[] boards = BoardCatalog.All();
            for (int b = 0; b < boards.Length; b++)
            {
                int[] pins = PinsOf(boards[b]);
                for (int i = 0; i < pins.Length; i++)
                {
                    Assert.IsTrue(pins[i] >= 0, boards[b].Name + ": pin " + i + " is missing");
                    for (int j = i + 1; j < pins.Length; j++)
                    {
                        Assert.AreNotEqual(pins[i], pins[j], boards[b].Name + ": pins " + i + " and " + j + " collide");
                    }
                }
            }
        }

        [TestMethod]
        public void EveryBoardHasAConsoleAndSaneTimings()
        {
            BoardDefinition[] boards = BoardCatalog.All();
            for (int b = 0; b < boards.Length; b++)
            {
                Assert.IsFalse(string.IsNullOrEmpty(boards[b].ConsolePortName), boards[b].Name);
                Assert.IsTrue(boards[b].ConsoleBaudRate > 0, boards[b].Name);
                Assert.IsTrue(boards[b].PulseWidthMilliseconds > 0, boards[b].Name);
                Assert.IsTrue(boards[b].WatchdogTimeoutMilliseconds > 0, boards[b].Name);
            }
        }

        [TestMethod]
        public void EveryBoardHasADlmsPortApartFromItsConsole()
        {
            BoardDefinition[] boards = BoardCatalog.All();
            for (int b = 0; b < boards.Length; b++)
            {
                BoardDefinition board = boards[b];
                Assert.IsTrue(board.HasDlmsPort, board.Name + ": the meter talks DLMS/HDLC on a second UART");
                Assert.AreNotEqual(board.ConsolePortName, board.DlmsPortName, board.Name + ": the DLMS port must not be the console");
                Assert.AreEqual(BoardDefinition.DefaultDlmsBaudRate, board.DlmsBaudRate, board.Name + ": 9600 baud, IEC 62056-46 / -21 mode E");
                Assert.IsTrue(board.DlmsTxPin != board.ConsoleTxPin && board.DlmsRxPin != board.ConsoleRxPin, board.Name);
            }
        }

        [TestMethod]
        public void TheDlmsPortIsWhereTheBoardReadmesSay()
        {
            BoardDefinition esp32 = Esp32DevKitCBoard.Create();
            Assert.AreEqual("COM3", esp32.DlmsPortName, "ESP32 UART2");
            Assert.AreEqual(22, esp32.DlmsTxPin);
            Assert.AreEqual(21, esp32.DlmsRxPin);

            BoardDefinition stm32 = Stm32F769IDiscoveryBoard.Create();
            Assert.AreEqual("COM7", stm32.DlmsPortName, "UART7");
            Assert.AreEqual((5 * 16) + 7, stm32.DlmsTxPin, "UART7 TX is PF7 (Arduino D6)");
            Assert.AreEqual((5 * 16) + 6, stm32.DlmsRxPin, "UART7 RX is PF6 (Arduino D3)");
            Assert.AreEqual((2 * 16) + 8, stm32.TerminalCoverPin, "the terminal cover moved from D3 to D5 (PC8)");

            BoardDefinition plain = new BoardDefinition("no dlms", "NONE", "COM1", 115200, 1, 2, 3, 4, 5, 6, true, 7, 30, 4096, 16, "x", 8000, CryptoCapabilities.None);
            Assert.IsFalse(plain.HasDlmsPort);
            Assert.AreEqual(BoardDefinition.NoPin, plain.DlmsTxPin);
        }

        [TestMethod]
        public void EveryBoardHasASaneFlashLayout()
        {
            BoardDefinition[] boards = BoardCatalog.All();
            for (int b = 0; b < boards.Length; b++)
            {
                BoardDefinition board = boards[b];
                Assert.IsTrue(board.FlashSectorCount >= 4, board.Name + ": the record store needs at least 4 sectors");
                Assert.IsTrue(board.FlashSectorSize >= 256, board.Name + ": sector too small");
                Assert.AreEqual(0, board.FlashSectorSize & (board.FlashSectorSize - 1), board.Name + ": sector size must be a power of two");
                Assert.IsTrue(board.FlashSectorCount <= 100, board.Name + ": device sector files are numbered s00..s99");
                Assert.IsFalse(string.IsNullOrEmpty(board.FlashImagePath), board.Name);
            }
        }

        [TestMethod]
        public void TheCatalogFindsEachBoardByItsTargetName()
        {
            BoardDefinition[] boards = BoardCatalog.All();
            for (int b = 0; b < boards.Length; b++)
            {
                BoardDefinition found = BoardCatalog.Find(boards[b].NanoffTarget);
                Assert.IsNotNull(found, boards[b].NanoffTarget);
                Assert.AreEqual(boards[b].Name, found.Name);
            }

            Assert.IsNull(BoardCatalog.Find("ESP32_PSRAM_REV3"), "a WROVER module uses GPIO16/17 for PSRAM");
            Assert.IsNull(BoardCatalog.Find(null));
        }

        [TestMethod]
        public void TargetNamesAreTheNanoffNames()
        {
            Assert.AreEqual("ESP32_REV3", Esp32DevKitCBoard.Create().NanoffTarget);
            Assert.AreEqual("ST_STM32F769I_DISCOVERY", Stm32F769IDiscoveryBoard.Create().NanoffTarget);
        }

        [TestMethod]
        public void Esp32PinsAvoidStrappingFlashDebugInputOnlyAndBusPins()
        {
            // ESP32 datasheet: strapping pins 0, 2, 5, 12, 15; module flash 6-11; UART0 1, 3
            // (nanoFramework's debug link); 34-39 are input-only without internal pull-ups.
            // Kept free for the front end and a secure element: the firmware's default SPI1
            // (23 MOSI, 25 MISO, 19 CLK) and I2C (18/19, 25/26) pins, nf-interpreter
            // targets/ESP32/_common/ESP32_DeviceMapping.cpp (see boards/esp32/README.md).
            int[] forbidden = new int[] { 0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 15, 18, 19, 23, 25, 26, 34, 35, 36, 37, 38, 39 };
            int[] pins = PinsOf(Esp32DevKitCBoard.Create());
            for (int i = 0; i < pins.Length; i++)
            {
                Assert.IsTrue(pins[i] <= 39, "ESP32 has GPIO0..39");
                for (int j = 0; j < forbidden.Length; j++)
                {
                    Assert.AreNotEqual(forbidden[j], pins[i], "GPIO" + pins[i] + " must not be used");
                }
            }
        }

        [TestMethod]
        public void Stm32PinsAreOnTheF769Ports()
        {
            // STM32F769NI (TFBGA216) has ports A..K; nanoFramework numbers them port * 16 + pin.
            int[] pins = PinsOf(Stm32F769IDiscoveryBoard.Create());
            for (int i = 0; i < pins.Length; i++)
            {
                Assert.IsTrue(pins[i] < 11 * 16, "pin " + pins[i] + " is past port K");
            }

            Assert.AreEqual(38, Stm32F769IDiscoveryBoard.Create().ConsoleTxPin, "USART6 TX is PC6 (Arduino D1)");
            Assert.AreEqual(39, Stm32F769IDiscoveryBoard.Create().ConsoleRxPin, "USART6 RX is PC7 (Arduino D0)");
        }

        [TestMethod]
        public void OnlyTheEsp32CarriesAMeteringChip()
        {
            BoardDefinition esp32 = Esp32DevKitCBoard.Create();
            Assert.IsTrue(esp32.HasMeteringChip);
            Assert.AreEqual(1, esp32.MeteringChipSpiBus, "SPI1: GPIO23 MOSI, 25 MISO, 19 CLK");
            Assert.AreEqual(14, esp32.MeteringChipSelectPin);
            Assert.IsFalse(Stm32F769IDiscoveryBoard.Create().HasMeteringChip);
            Assert.IsFalse(VirtualBoardDefinition.Create().HasMeteringChip, "the virtual board has its own front end");
            Assert.AreEqual(BoardDefinition.NoPin, VirtualBoardDefinition.Create().MeteringChipSelectPin);
        }

        private static int[] PinsOf(BoardDefinition board)
        {
            int[] pins = new int[]
            {
                board.ConsoleTxPin,
                board.ConsoleRxPin,
                board.MainCoverPin,
                board.TerminalCoverPin,
                board.MagneticSensorPin,
                board.OpticalPortPin,
                board.PulseLedPin,
                board.MeteringChipSelectPin,
                board.DlmsTxPin,
                board.DlmsRxPin,
            };

            // A board without a metering chip has no chip-select pin to check, one without a DLMS port no UART pins.
            int[] used = new int[pins.Length];
            int count = 0;
            for (int i = 0; i < pins.Length; i++)
            {
                bool absent = (i == 7 && !board.HasMeteringChip) || (i >= 8 && !board.HasDlmsPort);
                if (!absent)
                {
                    used[count++] = pins[i];
                }
            }

            int[] result = new int[count];
            Array.Copy(used, result, count);
            return result;
        }
    }
}
