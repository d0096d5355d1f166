namespace CircularPark.Identity;

/// <summary>What a step table says about a step: allowed, not for this user (role or scope), or not from this state.</summary>
public enum StepVerdict
{
    Allowed,
    WrongRole,
    WrongState,
}

/// <summary>
/// One row of a step table: the permission the step needs (its roles and scope rule, from <see cref="Permissions"/>), the
/// states it may be taken from (null = nothing exists yet: not in the campaign, no application, no report) and the state
/// it leads to (null = the state stays, or the use case's rule decides).
/// </summary>
public sealed record StepRule<TState>(Permission Permission, IReadOnlyList<TState?> From, TState? To) where TState : struct, Enum;

/// <summary>
/// The one shape of every workflow (selection, yearly reports, acceptance, funds; ADR 0043): step → permission,
/// from-states, to-state. Pure. Use cases ask <see cref="Check(TStep, TState?, AccessScope, ScopeTarget)"/> before they
/// act (403 for the role or scope, 409 for the state); pages ask <see cref="Open(TState?, AccessScope, ScopeTarget)"/> which steps to offer, so a page never
/// offers a step the use case would refuse.
/// </summary>
public sealed class StepTable<TStep, TState>(IReadOnlyDictionary<TStep, StepRule<TState>> rows)
    where TStep : struct, Enum where TState : struct, Enum
{
    public StepRule<TState> this[TStep step] => rows[step];

    /// <summary>The steps of the table, in the order of their enum values.</summary>
    public IEnumerable<TStep> Steps => rows.Keys.Order();

    /// <summary>The role check alone (scope is the caller's): whether the permission lists <paramref name="role"/>, then the state.</summary>
    public StepVerdict Check(TStep step, TState? state, string? role)
    {
        var rule = rows[step];
        if (!rule.Permission.IsFor(role)) return StepVerdict.WrongRole;
        return rule.From.Contains(state) ? StepVerdict.Allowed : StepVerdict.WrongState;
    }

    /// <summary>Role and scope (<see cref="AccessScope.Allows"/> on <paramref name="target"/>), then the state.</summary>
    public StepVerdict Check(TStep step, TState? state, AccessScope user, ScopeTarget target)
    {
        var rule = rows[step];
        if (!user.Allows(rule.Permission, target)) return StepVerdict.WrongRole;
        return rule.From.Contains(state) ? StepVerdict.Allowed : StepVerdict.WrongState;
    }

    /// <summary>The steps <paramref name="user"/> may take on <paramref name="target"/> in <paramref name="state"/>, in order.</summary>
    public IReadOnlyList<TStep> Open(TState? state, AccessScope user, ScopeTarget target) =>
        [.. Steps.Where(s => Check(s, state, user, target) == StepVerdict.Allowed)];

    /// <summary>The steps the <paramref name="role"/> may take in <paramref name="state"/> (scope checked elsewhere), in order.</summary>
    public IReadOnlyList<TStep> Open(TState? state, string? role) =>
        [.. Steps.Where(s => Check(s, state, role) == StepVerdict.Allowed)];
}
