namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// The ATM90E26 start-up sequence and the check that the chip still runs it.
    /// </summary>
    /// <remarks>
    /// Sequence (datasheet, CalStart/AdjStart and CS1/CS2 register descriptions):
    /// <list type="number">
    /// <item>SoftReset ← 789AH: all registers to power-on values, energy registers cleared.</item>
    /// <item>FuncEn and SagTh (always writable).</item>
    /// <item>CalStart ← 5678H opens 21H-2BH (and returns them to power-on values); the 11
    /// registers, then CS1.</item>
    /// <item>AdjStart ← 5678H opens 31H-3AH; the 10 registers, then CS2.</item>
    /// <item>CalStart ← 8765H and AdjStart ← 8765H: the chip checks each block against its
    /// checksum and meters only when both match; a mismatch sets CalErr/AdjErr in SysStatus.</item>
    /// <item>SysStatus must show no checksum error and CalStart/AdjStart must read back 8765H.</item>
    /// </list>
    /// A chip that reset (brown-out, ESD) comes back with CalStart = AdjStart = 6886H (power-on,
    /// metering disabled) and SysStatus clear, so <see cref="TryReadState"/> reads both start
    /// registers as well as SysStatus: either one not at 8765H, or a checksum error bit, means the
    /// chip no longer meters with our calibration.
    /// </remarks>
    public static class Atm90e26Configuration
    {
        /// <summary>Runs the whole sequence; true when the chip confirmed every write and reports a good state.</summary>
        public static bool Apply(Atm90e26Bus bus, Atm90e26Settings settings)
        {
            // LastData holds its power-on value after a reset: this one write is not confirmed.
            if (!bus.Write(Atm90e26Registers.SoftReset, Atm90e26Registers.ResetCommand))
            {
                return false;
            }

            if (!bus.TryWrite(Atm90e26Registers.FuncEn, settings.FunctionEnable)
                || !bus.TryWrite(Atm90e26Registers.SagTh, settings.SagThreshold)
                || !bus.TryWrite(Atm90e26Registers.CalStart, Atm90e26Registers.StartCommand))
            {
                return false;
            }

            for (int i = 0; i < Atm90e26Registers.CalibrationCount; i++)
            {
                if (!bus.TryWrite(Atm90e26Registers.PLconstH + i, settings.CalibrationValue(i)))
                {
                    return false;
                }
            }

            if (!bus.TryWrite(Atm90e26Registers.CS1, settings.CalibrationChecksum)
                || !bus.TryWrite(Atm90e26Registers.AdjStart, Atm90e26Registers.StartCommand))
            {
                return false;
            }

            for (int i = 0; i < Atm90e26Registers.AdjustmentCount; i++)
            {
                if (!bus.TryWrite(Atm90e26Registers.Ugain + i, settings.AdjustmentValue(i)))
                {
                    return false;
                }
            }

            if (!bus.TryWrite(Atm90e26Registers.CS2, settings.AdjustmentChecksum)
                || !bus.TryWrite(Atm90e26Registers.CalStart, Atm90e26Registers.CheckCommand)
                || !bus.TryWrite(Atm90e26Registers.AdjStart, Atm90e26Registers.CheckCommand))
            {
                return false;
            }

            bool configured;
            return TryReadState(bus, out configured) && configured;
        }

        /// <summary>
        /// Reads SysStatus, CalStart and AdjStart; false when they could not be read. <paramref name="configured"/>
        /// is true when both blocks passed their checksum check and metering runs.
        /// </summary>
        public static bool TryReadState(Atm90e26Bus bus, out bool configured)
        {
            configured = false;
            int status;
            int calStart;
            int adjStart;
            if (!bus.TryRead(Atm90e26Registers.SysStatus, out status)
                || !bus.TryRead(Atm90e26Registers.CalStart, out calStart)
                || !bus.TryRead(Atm90e26Registers.AdjStart, out adjStart))
            {
                return false;
            }

            configured = (status & (Atm90e26Registers.CalErrMask | Atm90e26Registers.AdjErrMask)) == 0
                && calStart == Atm90e26Registers.CheckCommand
                && adjStart == Atm90e26Registers.CheckCommand;
            return true;
        }
    }
}
