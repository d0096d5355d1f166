namespace CircularPark.Engines.MaterialFlow;

/// <summary>
/// Data reconciliation of one layer by weighted least squares under the balance and transfer-coefficient constraints.
/// Minimises Σ (reconciled − given)² / σ² over the measured and estimated quantities (taken as independent) subject
/// to every internal process's balance and every transfer coefficient's relation; unknowns are eliminated and
/// computed where determinable. Bilinear constraints are linearised and solved again until the change falls within
/// the tolerance (successive linearisation as in STAN: Cencic 2016, doi 10.1016/j.serj.2016.06.002). Flows are kept
/// ≥ 0 and coefficients in [0, 1] by an active set: a value past its bound is held at the bound and the system solved
/// again. Pure: no I/O, no clock; diagnostics are in the result.
/// </summary>
public static class MaterialFlowReconciler
{
    /// <summary>Reconciles one layer.</summary>
    /// <param name="layer">The layer: processes, flows, transfer coefficients with their data.</param>
    /// <param name="options">Tolerances and test level; <see cref="ReconciliationOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The layer is malformed (duplicate ids, missing processes or flows, a flow from a
    /// process to itself, a coefficient of a boundary process) or the options are out of range.</exception>
    public static ReconciliationResult Reconcile(FlowLayer layer, ReconciliationOptions? options = null)
    {
        options ??= ReconciliationOptions.Default;
        options.Validate();
        return new ReconciliationRun(new FlowNetwork(layer), options).Run();
    }
}
