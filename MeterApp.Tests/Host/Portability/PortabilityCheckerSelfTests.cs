using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Proves the checker on small in-memory snippets (never repository files): it must reject what the
    /// device lacks, and accept what the device has even where the host binds differently.
    /// </summary>
    [TestClass]
    public sealed class PortabilityCheckerSelfTests
    {
        private const string Usings = "using System; using System.Collections; using System.Threading; using System.Text;\n";

        [TestMethod]
        [DataRow("int? field", "int? _f;", "T:System.Nullable`1")]
        [DataRow("List<int> local", "void M() { System.Collections.Generic.List<int> l = null; }", "T:System.Collections.Generic.List`1")]
        [DataRow("LINQ call", "int M(int[] a) { return System.Linq.Enumerable.Count(a); }", "M:System.Linq.Enumerable.Count``1")]
        [DataRow("LINQ extension call", "bool M(int[] a) { return System.Linq.Enumerable.Any(a, x => x > 1); }", "M:System.Linq.Enumerable.Any``1")]
        [DataRow("string.Replace", "string M() { return \"ab\".Replace(\"a\", \"b\"); }", "M:System.String.Replace(System.String,System.String)")]
        [DataRow("Span<byte>", "void M(byte[] b) { Span<byte> s = b; }", "T:System.Span`1")]
        [DataRow("date format in interpolation", "string M(DateTime x) { return $\"{x:yyyy}\"; }", "format specifier 'yyyy'")]
        [DataRow("percent format in interpolation", "string M(double x) { return $\"{x:P}\"; }", "format specifier 'P'")]
        [DataRow("percent format in string.Format", "string M(double x) { return string.Format(\"{0:P1}\", x); }", "format specifier 'P1'")]
        [DataRow("generic method call", "int[] M() { return Array.Empty<int>(); }", "M:System.Array.Empty``1")]
        [DataRow("generic method declaration", "T Id<T>(T t) { return t; }", "generic declaration")]
        [DataRow("Task.Run", "void M() { System.Threading.Tasks.Task.Run(() => { }); }", "M:System.Threading.Tasks.Task.Run(System.Action)")]
        [DataRow("host-only overload", "void M() { Console.WriteLine(\"{0}\", 1); }", "M:System.Console.WriteLine(System.String,System.Object)")]
        [DataRow("lossy overload choice", "long M(long a, long b) { return Math.Max(a, b); }", "M:System.Math.Max(System.Int64,System.Int64)")]
        [DataRow("WaitOne(int)", "bool M(AutoResetEvent e) { return e.WaitOne(5); }", "M:System.Threading.WaitHandle.WaitOne(System.Int32)")]
        [DataRow("Monitor.Wait", "void M(object o) { Monitor.Wait(o); }", "M:System.Threading.Monitor.Wait(System.Object)")]
        [DataRow("tuple", "(int, int) M() { return (1, 2); }", "T:System.ValueTuple`2")]
        [DataRow("Func with three arguments", "Func<int, int, int> f = (a, b) => a;", "T:System.Func`3")]
        [DataRow("iterator", "IEnumerable M() { yield return 1; }", "iterator")]
        [DataRow("stackalloc", "unsafe void M() { }  void N() { Span<byte> s = stackalloc byte[4]; }", "stackalloc")]
        [DataRow("property missing on device", "int M(string s) { return Environment.TickCount; }", "P:System.Environment.TickCount")]
        [DataRow("setter missing on device", "void M(Exception e) { e.HelpLink = \"x\"; }", "P:System.Exception.HelpLink")]
        [DataRow("anonymous type", "object M() { return new { A = 1 }; }", "anonymous type")]
        [DataRow("FormattableString", "FormattableString M(int x) { return $\"{x}\"; }", "T:System.FormattableString")]
        [DataRow("record", "public record R(int A);", "record")]
        [DataRow("implicit user-defined conversion", "object M(int x) { Int128 d = x; return d; }", "M:System.Int128.op_Implicit(System.Int32)~System.Int128")]
        [DataRow("decimal", "decimal M(int x) { decimal d = x; return d; }", "T:System.Decimal")]
        [DataRow("user-defined operator", "TimeSpan M(TimeSpan t) { return t * 2.0; }", "M:System.TimeSpan.op_Multiply(System.TimeSpan,System.Double)")]
        [DataRow("cast to a generic type", "object M(object o) { return (System.Collections.Generic.List<int>)o; }", "T:System.Collections.Generic.List`1")]
        [DataRow("generic base class", "class D : System.Collections.Generic.List<int> { }", "T:System.Collections.Generic.List`1")]
        [DataRow("attribute the device lacks", "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"a\", \"b\")] void M() { }", "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute")]
        [DataRow("typeof a generic type", "Type M() { return typeof(System.Collections.Generic.Dictionary<int, int>); }", "T:System.Collections.Generic.Dictionary`2")]
        [DataRow("Buffer.BlockCopy", "void M(byte[] a, byte[] b) { Buffer.BlockCopy(a, 0, b, 0, 1); }", "T:System.Buffer")]
        [DataRow("string.Join", "string M(string[] a) { return string.Join(\",\", a); }", "M:System.String.Join(System.String,System.String[])")]
        [DataRow("Stopwatch", "long M() { return System.Diagnostics.Stopwatch.GetTimestamp(); }", "T:System.Diagnostics.Stopwatch")]
        [DataRow("host return type used", "void M() { System.IO.Directory.CreateDirectory(\"x\").Create(); }", "System.IO.DirectoryInfo")]
        [DataRow("exception filter", "void M() { try { } catch (Exception e) when (e.Message != null) { } }", "exception filter")]
        [DataRow("covariant return", "class B { public virtual object M() { return null; } } class D : B { public override string M() { return null; } }", "covariant return type")]
        [DataRow("test class instance field", "[nanoFramework.TestFramework.TestClass] public class T { private int _count; }", "instance state in a test class")]
        [DataRow("StringComparison overload", "bool M(string s) { return s.StartsWith(\"a\", StringComparison.Ordinal); }", "M:System.String.StartsWith(System.String,System.StringComparison)")]
        public void RejectsWhatTheDeviceLacks(string label, string members, string expected)
        {
            PortabilityReport report = Check(members, allowCompileErrors: label == "stackalloc");
            string found = string.Join("\n", report.Violations.Select(v => v.ToString()));
            Assert.Contains(expected, found, label + ": expected a violation mentioning '" + expected + "', got:\n" + found);
        }

        [TestMethod]
        [DataRow("string.Format params overload", "string M() { return string.Format(\"{0}\", 1); }")]
        [DataRow("Console.WriteLine(string)", "void M() { Console.WriteLine(\"x\"); }")]
        [DataRow("lock", "void M(object o) { lock (o) { } }")]
        [DataRow("foreach over ArrayList", "int M(ArrayList list) { int n = 0; foreach (object x in list) { n++; } return n; }")]
        [DataRow("foreach over Hashtable", "void M(Hashtable t) { foreach (DictionaryEntry e in t) { object k = e.Key; } }")]
        [DataRow("foreach over string and array", "int M(string s, byte[] b) { int n = 0; foreach (char c in s) { n += c; } foreach (byte x in b) { n += x; } return n; }")]
        [DataRow("string concatenation", "string M(int i, char c, object o) { return \"a\" + 1 + i + c + o; }")]
        [DataRow("interpolation", "string M(int x) { return $\"{x}\"; }")]
        [DataRow("interpolation with X2", "string M(int x) { return $\"{x:X2} {x,4:D3}\"; }")]
        [DataRow("enum flags", "[Flags] public enum F { A = 1, B = 2 }  bool M(F f) { F g = f | F.B; g &= ~F.A; return g.HasFlag(F.B) && g.ToString() != null; }")]
        [DataRow("Hashtable", "object M() { var t = new Hashtable(); t[\"k\"] = 1; return t[\"k\"]; }")]
        [DataRow("Thread.Sleep", "void M() { Thread.Sleep(1); }")]
        [DataRow("event wait handles", "void M(AutoResetEvent a, ManualResetEvent m) { a.Set(); a.WaitOne(); m.Reset(); m.WaitOne(10, false); }")]
        [DataRow("indexers", "char M(string s, StringBuilder sb, ArrayList l) { object o = l[0]; l[0] = o; return s[0] == sb[0] ? s[1] : 'x'; }")]
        [DataRow("using and IDisposable", "void M() { using (var m = new System.IO.MemoryStream()) { m.WriteByte(1); } }")]
        [DataRow("events and delegates", "public event EventHandler Changed;  void M(ThreadStart s) { Changed += (a, b) => { }; s += M0; new Thread(M0).Start(); }  void M0() { }")]
        [DataRow("object members via base", "public override string ToString() { return base.ToString(); }  public override bool Equals(object o) { return base.Equals(o); }  public override int GetHashCode() { return base.GetHashCode(); }")]
        [DataRow("nameof and typeof", "string M(int value) { return nameof(value) + typeof(int).Name.Length; }")]
        [DataRow("switch on string", "int M(string s) { switch (s) { case \"a\": return 1; default: return 0; } }")]
        [DataRow("exceptions", "void M(int x) { if (x < 0) { throw new ArgumentOutOfRangeException(\"x\"); } try { } catch (InvalidOperationException e) { throw new Exception(\"wrap\", e); } }")]
        [DataRow("device stand-ins", "void M() { var c = new System.Device.Gpio.GpioController(); System.Device.Gpio.GpioPin p = c.OpenPin(1, System.Device.Gpio.PinMode.Output); p.Write(System.Device.Gpio.PinValue.High); p.Write(1); p.Dispose(); }")]
        [DataRow("device AES shape", "byte[] M(byte[] key, byte[] block) { var aes = new System.Security.Cryptography.Aes(System.Security.Cryptography.CipherMode.ECB); aes.Key = key; return aes.Encrypt(block); }")]
        [DataRow("supplement API", "void M() { nanoFramework.Runtime.Native.Power.RebootDevice(); }")]
        [DataRow("discarded result of a device call", "void M() { System.IO.Directory.CreateDirectory(\"x\"); }")]
        [DataRow("attribute with named argument", "[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)] public sealed class MarkAttribute : Attribute { }")]
        [DataRow("device event", "void M(System.Device.Gpio.GpioPin p) { p.ValueChanged += OnChanged; p.ValueChanged -= OnChanged; }  void OnChanged(object s, System.Device.Gpio.PinValueChangedEventArgs e) { int n = e.PinNumber; }")]
        [DataRow("interpolation of strings only", "string M(string a, string b) { return $\"{a}-{b}\"; }")]
        [DataRow("struct and static members", "public struct P { public int X; }  int M() { P p = new P(); p.X = int.MaxValue; return p.X + TimeSpan.FromMilliseconds(5).Milliseconds; }")]
        public void AcceptsWhatTheDeviceHas(string label, string members)
        {
            PortabilityReport report = Check(members, allowCompileErrors: false);
            string found = string.Join("\n", report.Violations.Select(v => v.ToString()));
            Assert.IsEmpty(report.Violations, label + ": expected no violation, got:\n" + found);
        }

        [TestMethod]
        public void ReportsCompileErrorsWithFileAndLine()
        {
            PortabilityReport report = PortabilitySetup.Checker.Check(new[] { new DeviceSource("Snippet/Broken.cs", "Snippet", "class C {\n void M() { int x = \"s\"; } }") });
            Assert.HasCount(1, report.CompileErrors);
            StringAssert.StartsWith(report.CompileErrors[0], "Snippet/Broken.cs:2: CS0029");
        }

        [TestMethod]
        public void AppliesAssemblyBoundariesBetweenProjects()
        {
            var projects = new System.Collections.Generic.Dictionary<string, DeviceProjectInfo>
            {
                ["Lib"] = new DeviceProjectInfo("Lib", "Lib", new string[0]),
                ["App"] = new DeviceProjectInfo("App", "App", new[] { "Lib" }),
            };
            PortabilityReport report = PortabilitySetup.Checker.Check(
                new[]
                {
                    new DeviceSource("Lib/A.cs", "Lib", "namespace L { public class A { internal static int Hidden; public static int Shown; } }"),
                    new DeviceSource("Lib/B.cs", "Lib", "namespace L { public class B { int M() { return App.U.X; } } }"),
                    new DeviceSource("Lib/T.cs", "Lib", "namespace L { public abstract class T { protected internal abstract void S(); } }"),
                    new DeviceSource("App/U.cs", "App", "namespace App { public class U { public static int X = L.A.Shown + L.A.Hidden; } }"),
                    new DeviceSource("App/V.cs", "App", "namespace App { class V : L.T { protected override void S() { } } }"),
                    new DeviceSource("App/W.cs", "App", "namespace App { class W : L.T { protected internal override void S() { } } }"),
                },
                projects);
            string found = string.Join("\n", report.Violations.Select(v => v.ToString()));
            Assert.IsEmpty(report.CompileErrors, string.Join("\n", report.CompileErrors));
            Assert.Contains("Lib/B.cs:1: F:App.U.X (Lib uses App without a ProjectReference to it)", found);
            Assert.Contains("App/U.cs:1: F:L.A.Hidden (not public", found);
            Assert.Contains("App/W.cs:1: M:App.W.S (protected internal override", found);
            Assert.DoesNotContain("F:L.A.Shown", found);
            Assert.DoesNotContain("App.V", found);
        }

        private static PortabilityReport Check(string members, bool allowCompileErrors)
        {
            string text = Usings + "namespace Snippet\n{\n    public class C\n    {\n        " + members + "\n    }\n}\n";
            PortabilityReport report = PortabilitySetup.Checker.Check(new[] { new DeviceSource("Snippet.cs", "Snippet", text) });
            if (!allowCompileErrors)
            {
                Assert.IsEmpty(report.CompileErrors, "snippet does not compile:\n" + string.Join("\n", report.CompileErrors));
            }

            return report;
        }
    }
}
