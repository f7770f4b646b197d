namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// Register addresses, command words and status bits of the Atmel (Microchip) M90E26 /
    /// ATM90E26 single-phase metering IC, from its datasheet (Atmel-46002B, "Register" chapter:
    /// status and special, metering calibration and configuration, measurement calibration,
    /// energy and measurement registers). Every register is 16 bits; addresses are 7 bits.
    /// </summary>
    public static class Atm90e26Registers
    {
        // Status and special registers.

        /// <summary>SoftReset (00H): writing <see cref="ResetCommand"/> resets the chip, registers to power-on values.</summary>
        public const int SoftReset = 0x00;

        /// <summary>SysStatus (01H): checksum errors, sag, direction-change flags.</summary>
        public const int SysStatus = 0x01;

        /// <summary>FuncEn (02H): sag and direction-change interrupt enables.</summary>
        public const int FuncEn = 0x02;

        /// <summary>SagTh (03H): voltage sag threshold.</summary>
        public const int SagTh = 0x03;

        /// <summary>SmallPMod (04H): small-power mode (A987H enables it).</summary>
        public const int SmallPMod = 0x04;

        /// <summary>LastData (06H): the 16-bit value of the last SPI/UART read or write.</summary>
        public const int LastData = 0x06;

        // Metering calibration and configuration registers (21H-2BH, checksum CS1 at 2CH).

        /// <summary>CalStart (20H): opens (<see cref="StartCommand"/>) or checks and closes (<see cref="CheckCommand"/>) the metering calibration block.</summary>
        public const int CalStart = 0x20;

        /// <summary>PLconstH (21H), first register of the metering calibration block.</summary>
        public const int PLconstH = 0x21;

        /// <summary>PLconstL (22H).</summary>
        public const int PLconstL = 0x22;

        /// <summary>Lgain (23H): L line calibration gain.</summary>
        public const int Lgain = 0x23;

        /// <summary>MMode (2BH): metering mode, last register of the metering calibration block.</summary>
        public const int MMode = 0x2B;

        /// <summary>CS1 (2CH): checksum of 21H-2BH.</summary>
        public const int CS1 = 0x2C;

        // Measurement calibration registers (31H-3AH, checksum CS2 at 3BH).

        /// <summary>AdjStart (30H): opens or checks and closes the measurement calibration block.</summary>
        public const int AdjStart = 0x30;

        /// <summary>Ugain (31H), first register of the measurement calibration block.</summary>
        public const int Ugain = 0x31;

        /// <summary>QoffsetN (3AH), last register of the measurement calibration block.</summary>
        public const int QoffsetN = 0x3A;

        /// <summary>CS2 (3BH): checksum of 31H-3AH.</summary>
        public const int CS2 = 0x3B;

        // Energy registers: 0.1 CF pulse per LSB, cleared when read.

        /// <summary>APenergy (40H): forward active energy.</summary>
        public const int APenergy = 0x40;

        /// <summary>ANenergy (41H): reverse active energy.</summary>
        public const int ANenergy = 0x41;

        /// <summary>ATenergy (42H): absolute active energy.</summary>
        public const int ATenergy = 0x42;

        /// <summary>RPenergy (43H): forward (inductive) reactive energy.</summary>
        public const int RPenergy = 0x43;

        /// <summary>RNenergy (44H): reverse (capacitive) reactive energy.</summary>
        public const int RNenergy = 0x44;

        /// <summary>RTenergy (45H): absolute reactive energy.</summary>
        public const int RTenergy = 0x45;

        // Measurement registers.

        /// <summary>Irms (48H): L line current, unsigned, 1 mA per LSB.</summary>
        public const int Irms = 0x48;

        /// <summary>Urms (49H): voltage, unsigned, 0.01 V per LSB.</summary>
        public const int Urms = 0x49;

        /// <summary>Pmean (4AH): L line mean active power, two's complement, 1 W per LSB.</summary>
        public const int Pmean = 0x4A;

        /// <summary>Qmean (4BH): L line mean reactive power, two's complement, 1 var per LSB.</summary>
        public const int Qmean = 0x4B;

        /// <summary>Freq (4CH): voltage frequency, unsigned, 0.01 Hz per LSB.</summary>
        public const int Freq = 0x4C;

        /// <summary>PowerF (4DH): L line power factor, sign and magnitude (bit 15 sign), 0.001 per LSB.</summary>
        public const int PowerF = 0x4D;

        /// <summary>Pangle (4EH): phase angle between voltage and L line current, sign and magnitude, 0.1° per LSB.</summary>
        public const int Pangle = 0x4E;

        /// <summary>Smean (4FH): L line mean apparent power, two's complement, 1 VA per LSB.</summary>
        public const int Smean = 0x4F;

        /// <summary>Irms2 (68H): N line current, unsigned, 1 mA per LSB.</summary>
        public const int Irms2 = 0x68;

        // Command words.

        /// <summary>Written to SoftReset: reset.</summary>
        public const int ResetCommand = 0x789A;

        /// <summary>Written to CalStart/AdjStart: the block's registers return to power-on values and become writable; metering runs without a checksum check.</summary>
        public const int StartCommand = 0x5678;

        /// <summary>Written to CalStart/AdjStart: the chip checks the block against its checksum; metering runs only when it matches.</summary>
        public const int CheckCommand = 0x8765;

        /// <summary>CalStart/AdjStart after power-on or reset: metering disabled until configured.</summary>
        public const int PowerOnStart = 0x6886;

        // SysStatus bits.

        /// <summary>CalErr[1:0] (bits 15:14): 11 = CS1 checksum error.</summary>
        public const int CalErrMask = 0xC000;

        /// <summary>AdjErr[1:0] (bits 13:12): 11 = CS2 checksum error.</summary>
        public const int AdjErrMask = 0x3000;

        // Block shapes.

        /// <summary>Registers in the metering calibration block (21H-2BH).</summary>
        public const int CalibrationCount = 11;

        /// <summary>Registers in the measurement calibration block (31H-3AH).</summary>
        public const int AdjustmentCount = 10;

        /// <summary>Bit 7 of the first SPI byte: 1 reads, 0 writes.</summary>
        public const int ReadFlag = 0x80;
    }
}
