// The one shim that lets tests written against nanoFramework.TestFramework run under MSTest on
// the host. Every member mirrors a member of nanoFramework.TestFramework 3.x with the same
// signature, so the portability test can hold the test sources to the device's API list.
// Differences (see ../shared/nanoframework/README.md): no [Setup]/[Cleanup] here, because tests keep
// their fixtures local; ThrowsException maps to MSTest's exact-type check; SkipTest to Inconclusive.
using System;
using System.Collections;
using System.Runtime.CompilerServices;
using Ms = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TestClassAttribute : Ms.TestClassAttribute
    {
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestMethodAttribute : Ms.TestMethodAttribute
    {
        public TestMethodAttribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
            : base(callerFilePath, callerLineNumber)
        {
        }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class DataRowAttribute : Ms.DataRowAttribute
    {
        public DataRowAttribute(params object[] methodParameters)
            : base(methodParameters)
        {
        }
    }

    public static class OutputHelper
    {
        public static void WriteLine(string message) => Console.WriteLine(message);

        public static void Write(string message) => Console.Write(message);
    }

    public static class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(byte expected, byte actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(char expected, char actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(double expected, double actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(short expected, short actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(int expected, int actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(long expected, long actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(object expected, object actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(float expected, float actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(string expected, string actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(ushort expected, ushort actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(uint expected, uint actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);
        public static void AreEqual(ulong expected, ulong actual, string message = "") => Ms.Assert.AreEqual(expected, actual, message);

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(int notExpected, int actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(long notExpected, long actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(object notExpected, object actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(string notExpected, string actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => Ms.Assert.AreNotEqual(notExpected, actual, message);

        public static void AreSame(object expected, object actual, string message = "") => Ms.Assert.AreSame(expected, actual, message);
        public static void AreNotSame(object notExpected, object actual, string message = "") => Ms.Assert.AreNotSame(notExpected, actual, message);

        public static void IsTrue(bool condition, string message = "") => Ms.Assert.IsTrue(condition, message);
        public static void IsFalse(bool condition, string message = "") => Ms.Assert.IsFalse(condition, message);
        public static void IsNull(object value, string message = "") => Ms.Assert.IsNull(value, message);
        public static void IsNotNull(object value, string message = "") => Ms.Assert.IsNotNull(value, message);

        public static void Contains(string expected, string actual, string message = "") => Ms.Assert.Contains(expected, actual, message);
        public static void DoesNotContains(string expected, string actual, string message = "") => Ms.Assert.DoesNotContain(expected, actual, message);
        public static void StartsWith(string expected, string actual, string message = "") => Ms.Assert.StartsWith(expected, actual, message);
        public static void EndsWith(string expected, string actual, string message = "") => Ms.Assert.EndsWith(expected, actual, message);

        public static void IsInstanceOfType(object value, Type expectedType, string message = "") => Ms.Assert.IsInstanceOfType(value, expectedType, message);

        /// <summary>Passes only when <paramref name="action"/> throws exactly <paramref name="exceptionType"/>.</summary>
        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                Ms.Assert.AreEqual(exceptionType, e.GetType(), message + " (threw " + e.GetType().Name + ": " + e.Message + ")");
                return;
            }

            throw new Ms.AssertFailedException("Expected " + exceptionType.Name + " but nothing was thrown. " + message);
        }

        public static void SkipTest(string message = "") => Ms.Assert.Inconclusive(message);
    }

    public static class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") => Ms.CollectionAssert.AreEqual(expected, actual, message);
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "") => Ms.CollectionAssert.AreNotEqual(notExpected, actual, message);
    }
}
