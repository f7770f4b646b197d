namespace Meter.Tests.Dlms
{
    /// <summary>Known HDLC and wrapper frames, with where each was published.</summary>
    public static class HdlcVectors
    {
        /// <summary>
        /// SNRM, client 16 to server upper 1 / lower 17 (2-byte address), no information field.
        /// Green Book example as reproduced in u9n/dlms-cosem tests/test_hdlc/test_hdlc.py (TestSnrmFrame);
        /// /work/shared/vectors/dlms-green-book.txt.
        /// </summary>
        public const string Snrm = "7EA00802232193BD647E";

        /// <summary>
        /// UA from server 1/17 to client 16 with negotiated parameters (max info 154/154, window 1/1).
        /// Green Book example, u9n/dlms-cosem tests/test_hdlc/test_hdlc.py (TestUAFrame).
        /// </summary>
        public const string Ua = "7EA01F21022373E6C781801205019A06019A070400000001080400000001CCA27E";

        /// <summary>The UA's information field (the parameter negotiation field).</summary>
        public const string UaInfo = "81801205019A06019A070400000001080400000001";

        /// <summary>
        /// I frame N(S)=0 N(R)=0 P=1 carrying LLC command + AARQ, client 16 to server 1/17.
        /// u9n/dlms-cosem tests/test_hdlc/test_hdlc.py (TestInformationFrame).
        /// </summary>
        public const string AarqFrame =
            "7EA02C02232110AF9FE6E600601DA109060760857405080101BE10040E01000000065F1F0400001E1DFFFFC5E47E";

        /// <summary>The AARQ I frame's information field.</summary>
        public const string AarqInfo = "E6E600601DA109060760857405080101BE10040E01000000065F1F0400001E1DFFFF";

        /// <summary>The AARQ APDU alone (31 bytes).</summary>
        public const string Aarq = "601DA109060760857405080101BE10040E01000000065F1F0400001E1DFFFF";

        /// <summary>
        /// I frame N(S)=0 N(R)=1 F=1 carrying LLC response + AARE, server 1/17 to client 16.
        /// u9n/dlms-cosem tests/test_hdlc/test_hdlc.py (TestInformationResponseFrame).
        /// </summary>
        public const string AareFrame =
            "7EA0382102233034E7E6E7006129A109060760857405080101A203020100A305A103020100BE10040E0800065F1F0400001E1D04C80007B86A7E";

        /// <summary>The AARE I frame's information field.</summary>
        public const string AareInfo =
            "E6E7006129A109060760857405080101A203020100A305A103020100BE10040E0800065F1F0400001E1D04C80007";

        /// <summary>
        /// SNRM to a 4-byte server address (upper 1, lower 17) from client 120, no information field.
        /// A public C HDLC implementation's "SNRM example without any parameter negotiation" (found by
        /// code search; repository not identified); HCS/FCS checked independently with CRC-16/X.25.
        /// </summary>
        public const string Snrm4ByteServer = "7EA00A00020023F193232E7E";

        /// <summary>
        /// Segmented I frame (format A8, length 0x7E = the flag value) from a 1-byte server address 1 to
        /// client 16, N(S)=3 N(R)=4 F=1: a profile-generic buffer segment.
        /// u9n/dlms-cosem tests/test_hdlc/test_hdlc.py (TestHdlcAddress.test_find_address).
        /// </summary>
        public const string SegmentedFrame =
            "7EA87E210396A4090F01160002020F02160002020F03160002020F04160002020F05160002020F0616000204120017110009060000160000FF0202010902030F0116010002030F0216010002030F0316010002030F0416010002030F0516010002030F0616010002030F0716010002030F0816010002030F09160100016FF37E";

        /// <summary>
        /// Wrapper header client wPort 16 to server wPort 1, 31 bytes follow (Green Book / IEC 62056-47
        /// example, /work/shared/vectors/dlms-green-book.txt); followed here by the 31-byte AARQ.
        /// </summary>
        public const string WrapperHeader = "000100100001001F";
    }
}
