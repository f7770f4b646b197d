using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// Enforces an association's access rights before an object is called (Green Book ed. 9, 9.3;
    /// Blue Book 4.4.4): an object outside the object list is object-undefined (a listed name with
    /// another class id object-class-inconsistent), a member outside the class is object-undefined,
    /// a member the rights deny (or one whose "authenticated" mode meets an unprotected request)
    /// is read-write-denied, and selective access the attribute does not list (or the association
    /// did not negotiate) is scope-of-access-violated. Until HLS pass 4 succeeds only
    /// reply_to_HLS_authentication of the current association is reachable; everything else is
    /// read-write-denied, so the object list is not probed before authentication.
    /// </summary>
    internal sealed class ObjectAccess
    {
        private readonly AssociationState _state;
        private readonly ObjectList _objects;

        public ObjectAccess(AssociationState state, ObjectList objects)
        {
            _state = state;
            _objects = objects;
        }

        /// <summary>GET of one attribute.</summary>
        public DataAccessResult Read(CosemAttributeDescriptor descriptor, SelectiveAccessDescriptor access, out DlmsData value)
        {
            value = null;
            int index;
            DataAccessResult result = Admit(descriptor, access, false, out index);
            if (result != DataAccessResult.Success)
            {
                return result;
            }

            result = _objects.ObjectAt(index).Get(_state.Context, descriptor.AttributeId, access, out value);
            if (result == DataAccessResult.Success && value == null)
            {
                return DataAccessResult.OtherReason;
            }

            return result;
        }

        /// <summary>SET of one attribute.</summary>
        public DataAccessResult Write(CosemAttributeDescriptor descriptor, SelectiveAccessDescriptor access, DlmsData value)
        {
            int index;
            DataAccessResult result = Admit(descriptor, access, true, out index);
            return result != DataAccessResult.Success ? result : _objects.ObjectAt(index).Set(_state.Context, descriptor.AttributeId, access, value);
        }

        /// <summary>ACTION of one method.</summary>
        public ActionResult Invoke(CosemMethodDescriptor descriptor, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            int method = descriptor.MethodId;
            bool hlsReply = method == AssociationLn.ReplyToHlsAuthentication && AssociationLn.IsCurrentAssociation(descriptor);
            if (!_state.IsAuthenticated && !hlsReply)
            {
                return ActionResult.ReadWriteDenied;
            }

            int index;
            DataAccessResult result = Resolve(descriptor, method, false, out index);
            if (result != DataAccessResult.Success)
            {
                // object-undefined (4) and object-class-inconsistent (9) have the same values in both enumerations.
                return (ActionResult)result;
            }

            if (_state.IsAuthenticated && !_objects.RightsAt(index).CanInvoke(method, _state.Context.IsCiphered))
            {
                return ActionResult.ReadWriteDenied;
            }

            return _objects.ObjectAt(index).Invoke(_state.Context, method, parameters, out returned);
        }

        // The checks GET and SET share, in order: authenticated, object and attribute exist, the rights allow the access, the selective access is allowed.
        private DataAccessResult Admit(CosemAttributeDescriptor descriptor, SelectiveAccessDescriptor access, bool write, out int index)
        {
            index = -1;
            if (!_state.IsAuthenticated)
            {
                return DataAccessResult.ReadWriteDenied;
            }

            int attribute = descriptor.AttributeId;
            DataAccessResult result = Resolve(descriptor, attribute, true, out index);
            if (result != DataAccessResult.Success)
            {
                return result;
            }

            AccessRights rights = _objects.RightsAt(index);
            bool ciphered = _state.Context.IsCiphered;
            if (write ? !rights.CanWrite(attribute, ciphered) : !rights.CanRead(attribute, ciphered))
            {
                return DataAccessResult.ReadWriteDenied;
            }

            return SelectiveAccessAllowed(rights, attribute, access) ? DataAccessResult.Success : DataAccessResult.ScopeOfAccessViolated;
        }

        private DataAccessResult Resolve(CosemDescriptor descriptor, int member, bool attribute, out int index)
        {
            DataAccessResult failure;
            index = _objects.Find(descriptor, out failure);
            if (index < 0)
            {
                return failure;
            }

            ICosemObject target = _objects.ObjectAt(index);
            int count = attribute ? target.AttributeCount : target.MethodCount;
            return member < 1 || member > count ? DataAccessResult.ObjectUndefined : DataAccessResult.Success;
        }

        private bool SelectiveAccessAllowed(AccessRights rights, int attribute, SelectiveAccessDescriptor access)
        {
            return access == null
                || ((_state.Conformance & Conformance.SelectiveAccess) != 0 && rights.AllowsSelector(attribute, access.AccessSelector));
        }
    }
}
