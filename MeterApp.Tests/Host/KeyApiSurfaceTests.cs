using System;
using System.Linq;
using System.Reflection;
using Meter.Hal.Crypto.Keys;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Host-only guard of the key API: nothing public on a key handle, the key store or the key
    /// operations hands out key bytes (only <see cref="KeyHandle.ExportPublicKey"/> writes, and only
    /// the public half), and the HAL assembly lets no other assembly see its internals.
    /// </summary>
    [TestClass]
    public class KeyApiSurfaceTests
    {
        [TestMethod]
        public void NoPublicMemberReturnsKeyBytes()
        {
            string found = string.Empty;
            foreach (Type type in new[] { typeof(KeyHandle), typeof(KeyStore), typeof(KeyOperations) })
            {
                foreach (MemberInfo member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                {
                    Type result = member is PropertyInfo p ? p.PropertyType : member is MethodInfo m ? m.ReturnType : member is FieldInfo f ? f.FieldType : null;
                    if (result == typeof(byte[]))
                    {
                        found += " " + type.Name + "." + member.Name;
                    }
                }
            }

            Assert.AreEqual(string.Empty, found, "public members returning bytes");
        }

        [TestMethod]
        public void TheHalShowsItsInternalsToNoOne()
        {
            Assembly hal = typeof(KeyHandle).Assembly;
            Assert.IsFalse(hal.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute)).Any());
            Assert.IsNull(typeof(KeyHandle).GetProperty("Secret", BindingFlags.Public | BindingFlags.Instance));
        }
    }
}
