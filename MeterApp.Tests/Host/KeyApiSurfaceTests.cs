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
    /// the public half; <see cref="KeyStore.GenerateForShipment"/> writes a new symmetric key's
    /// shipment copy once, at its creation), and the HAL assembly lets no other assembly see its internals.
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
        public void OnlyTheKnownMembersTakeAByteBufferOnKeysAndTheStore()
        {
            // Adding a member that takes a buffer (a possible way out for key bytes) must be a reviewed change here.
            string found = string.Empty;
            foreach (Type type in new[] { typeof(KeyHandle), typeof(KeyStore) })
            {
                foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    if (method.GetParameters().Any(p => p.ParameterType == typeof(byte[])))
                    {
                        found += " " + type.Name + "." + method.Name;
                    }
                }
            }

            Assert.AreEqual(" KeyHandle.ExportPublicKey KeyStore.GenerateForShipment KeyStore.Import", found);
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
