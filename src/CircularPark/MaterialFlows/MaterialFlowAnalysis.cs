using CircularPark.Engines.MaterialFlow;

namespace CircularPark.MaterialFlows;

/// <summary>One flow before and after reconciliation, in the layer's unit; null where the engine has no number (NaN).</summary>
public sealed record FlowResult(
    string Code, string? Name, string From, string To, FlowRoles Roles, QuantityStatus Kind,
    double? Given, double? GivenStandardDeviation, QuantityClass Class, double? Value, double? StandardDeviation,
    double? Adjustment, double? MeasurementTest, bool Flagged, bool AtBound);

/// <summary>A stock change or transfer coefficient after reconciliation (coefficients are dimensionless).</summary>
public sealed record ParameterResult(ParameterType Type, string Target, QuantityStatus Kind, double? Given, double? GivenStandardDeviation,
    QuantityClass Class, double? Value, double? StandardDeviation);

/// <summary>A process's balance at a glance: on the data as given (unknown terms left out) and once reconciled.</summary>
public sealed record BalanceRow(
    string Process, string ProcessName, double GivenInput, double GivenOutput, double GivenStockChange, double GivenResidual, int GivenUndetermined,
    double Input, double Output, double StockChange, double Residual, int UndeterminedTerms, bool Balanced);

/// <summary>The χ² test of the layer.</summary>
public sealed record ChiSquareView(double Statistic, int DegreesOfFreedom, double Significance, double CriticalValue, double PValue, bool Rejected);

/// <summary>How the reconciliation went and the tolerances it used.</summary>
public sealed record ConvergenceView(bool Converged, bool IsLinear, int Iterations, double MaxConstraintResidual, double AbsoluteTolerance, double RelativeTolerance);

/// <summary>A derived indicator of the layer (the engine's data item, with NaN as null).</summary>
public sealed record IndicatorItem(string Code, string Layer, double? Value, double? StandardDeviation, string Unit);

/// <summary>
/// The engine's reconciliation of one layer with its diagnostics, in the layer's unit: flows, parameters, balances,
/// χ², the measurement tests (suspects are the flagged data, likeliest first), unknowns left open, and the derived
/// indicators. Computed on every request, never stored.
/// </summary>
public sealed record LayerAnalysis(
    string Layer, string LayerName, LayerKind Kind, string Unit,
    IReadOnlyList<FlowResult> Flows, IReadOnlyList<ParameterResult> Parameters, IReadOnlyList<BalanceRow> Balances,
    ChiSquareView ChiSquare, double? MeasurementTestCriticalValue, IReadOnlyList<string> Suspects, IReadOnlyList<string> NonDeterminable,
    ConvergenceView Convergence, IReadOnlyList<IndicatorItem> Indicators);

/// <summary>Runs the engine on a layer of a valid document and turns the result into plain data.</summary>
public static class MaterialFlowAnalysis
{
    public static LayerAnalysis Analyse(MaterialFlowDocument doc, string layerCode)
    {
        var layer = doc.Layer(layerCode)!;
        var engineLayer = MaterialFlowMapping.ToEngine(doc, layerCode);
        var result = MaterialFlowReconciler.Reconcile(engineLayer);
        var given = MaterialBalance.OfGivenData(engineLayer).ToDictionary(b => b.ProcessId);
        var names = doc.Processes.ToDictionary(p => p.Code, p => p.Name);
        var flagged = result.GrossErrorCandidates.Where(c => c.Flagged).ToList();
        var flaggedIds = flagged.Select(c => (c.Quantity.Type, c.Quantity.Id)).ToHashSet();
        var flows = engineLayer.Flows.Select((f, i) =>
        {
            var q = result.Flows[i];
            var entry = doc.Flows.First(e => e.Layer == layerCode && e.Code == f.Id);
            return new FlowResult(f.Id, entry.Name, f.From, f.To, f.Roles, q.Given.Status, N(q.Given.Value), q.Given.Status == QuantityStatus.Unknown ? null : q.Given.StandardDeviation,
                q.Class, N(q.Value), N(q.StandardDeviation), N(q.Adjustment), N(q.MeasurementTest), flaggedIds.Contains((q.Type, q.Id)), q.AtBound);
        }).ToList();
        var parameters = result.StockChanges.Select(q => Parameter(ParameterType.StockChange, q.Id, q))
            .Concat(result.TransferCoefficients.Select(q => Parameter(ParameterType.TransferCoefficient, q.Id[2..], q))).ToList();
        var balances = result.Balances.Select(b =>
        {
            var g = given[b.ProcessId];
            return new BalanceRow(b.ProcessId, names[b.ProcessId], g.Input, g.Output, g.StockChange, g.Residual, g.UndeterminedTerms,
                b.Input, b.Output, b.StockChange, b.Residual, b.UndeterminedTerms, b.IsBalanced);
        }).ToList();
        var chi = result.ChiSquare;
        var indicators = MaterialFlowIndicators.Compute(result, doc.ValueAdded).ToDataItems(layer.Unit)
            .Select(d => new IndicatorItem(d.Code, layer.Code, N(d.Value), N(d.StandardDeviation), d.Unit)).ToList();
        return new LayerAnalysis(layer.Code, layer.Name, layer.Kind, layer.Unit, flows, parameters, balances,
            new ChiSquareView(chi.Statistic, chi.DegreesOfFreedom, chi.Significance, chi.CriticalValue, chi.PValue, chi.Rejected),
            N(result.MeasurementTestCriticalValue), [.. flagged.Select(c => c.Quantity.Type == QuantityType.TransferCoefficient ? c.Quantity.Id[2..] : c.Quantity.Id)],
            [.. result.NonDeterminable.Select(q => q.Type == QuantityType.TransferCoefficient ? q.Id[2..] : q.Id)],
            new ConvergenceView(result.Convergence.Converged, result.Convergence.IsLinear, result.Convergence.Iterations,
                result.Convergence.MaxConstraintResidual, result.AbsoluteTolerance, result.Options.Tolerance),
            indicators);
    }

    /// <summary>Every layer of the document, in order.</summary>
    public static IReadOnlyList<LayerAnalysis> AnalyseAll(MaterialFlowDocument doc) => [.. doc.Layers.Select(l => Analyse(doc, l.Code))];

    private static ParameterResult Parameter(ParameterType type, string target, ReconciledQuantity q) =>
        new(type, target, q.Given.Status, N(q.Given.Value), q.Given.Status == QuantityStatus.Unknown ? null : q.Given.StandardDeviation,
            q.Class, N(q.Value), N(q.StandardDeviation));

    private static double? N(double value) => double.IsFinite(value) ? value : null;
}
