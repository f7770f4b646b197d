namespace Meter.Hal.Board
{
    /// <summary>
    /// Every board the meter knows, found by the name its firmware reports (the nanoff target:
    /// nanoFramework.Runtime.Native.SystemInfo.TargetName on a device).
    /// </summary>
    public static class BoardCatalog
    {
        public static BoardDefinition[] All()
        {
            return new BoardDefinition[]
            {
                VirtualBoardDefinition.Create(),
                Esp32DevKitCBoard.Create(),
                Esp32DevKitCBoard.CreateWithCryptoInterop(),
                Stm32F769IDiscoveryBoard.Create(),
            };
        }

        /// <summary>The definition for a target name (exact match), or null for an unknown board.</summary>
        public static BoardDefinition Find(string nanoffTarget)
        {
            if (nanoffTarget == null)
            {
                return null;
            }

            BoardDefinition[] all = All();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NanoffTarget == nanoffTarget)
                {
                    return all[i];
                }
            }

            return null;
        }
    }
}
