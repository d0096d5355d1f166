using CircularPark.Engines.MaterialFlow;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>A process as sent to add or change it (the code of a change comes from the route), with the model version last read.</summary>
public sealed record ProcessEdit(string? Code, string Name, ProcessType Type, string? Note, long Version);

/// <summary>A flow as sent to add or change it (the layer and code of a change come from the route), with the model version last read.</summary>
public sealed record FlowEdit(
    string? Layer, string? Code, string From, string To, double? Value, string Unit, double? StandardDeviation, double? RelativeUncertainty,
    QuantityStatus Kind, FlowRoles Roles, string? Name, string? Note, long Version)
{
    public FlowEntry Entry(string layer, string code) =>
        new(layer, code, From, To, Value, Unit, StandardDeviation, RelativeUncertainty, Kind, Roles, Name, Note);
}

/// <summary>
/// Processes and flows of a model one at a time. Each edit is validated against the whole model, and the messages
/// about the edited item name its field alone (e.g. <c>value</c>); nothing is stored when a rule is broken.
/// </summary>
internal static class MaterialFlowItemsApi
{
    public static Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> AddProcess(
        int id, ProcessEdit process, SaveMaterialFlowModel save, HttpContext http, CancellationToken ct) =>
        MaterialFlowsApi.Save(save, id, process.Version,
            doc => doc with { Processes = [.. doc.Processes, new(process.Code ?? "", process.Name, process.Type, process.Note)] }, http, ct,
            doc => $"processes[{doc.Processes.Count - 1}].");

    public static async Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> UpdateProcess(
        int id, string code, ProcessEdit process, SaveMaterialFlowModel save, HttpContext http, CancellationToken ct)
    {
        var index = -1;
        var result = await MaterialFlowsApi.Save(save, id, process.Version, doc =>
        {
            index = doc.Processes.ToList().FindIndex(p => p.Code == code);
            return index < 0 ? doc : doc with { Processes = [.. doc.Processes.Select((p, i) => i == index ? new ProcessEntry(code, process.Name, process.Type, process.Note) : p)] };
        }, http, ct, _ => $"processes[{index}].");
        return index < 0 && result.Result is Ok<ModelView> ? UnknownItem("code", "Mfa.unknown-process", code) : result;
    }

    public static async Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> RemoveProcess(
        int id, string code, long version, SaveMaterialFlowModel save, HttpContext http, CancellationToken ct)
    {
        var (found, inUse) = (false, false);
        var result = await MaterialFlowsApi.Save(save, id, version, doc =>
        {
            found = doc.Process(code) is not null;
            inUse = doc.Flows.Any(f => f.From == code || f.To == code) || doc.Parameters.Any(p => p.Type == ParameterType.StockChange && p.Target == code);
            return !found || inUse ? doc : doc with { Processes = [.. doc.Processes.Where(p => p.Code != code)] };
        }, http, ct);
        if (result.Result is not Ok<ModelView>) return result;
        if (!found) return UnknownItem("code", "Mfa.unknown-process", code);
        return inUse ? Problems.Invalid("code", "Mfa.process-in-use", Label("code").Zh, Label("code").En, code) : result;
    }

    public static Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> AddFlow(
        int id, FlowEdit flow, SaveMaterialFlowModel save, HttpContext http, CancellationToken ct) =>
        MaterialFlowsApi.Save(save, id, flow.Version,
            doc => doc with { Flows = [.. doc.Flows, flow.Entry(flow.Layer ?? "", flow.Code ?? "")] }, http, ct,
            doc => $"flows[{doc.Flows.Count - 1}].");

    public static async Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> UpdateFlow(
        int id, string layer, string code, FlowEdit flow, SaveMaterialFlowModel save, HttpContext http, CancellationToken ct)
    {
        var index = -1;
        var result = await MaterialFlowsApi.Save(save, id, flow.Version, doc =>
        {
            index = doc.Flows.ToList().FindIndex(f => f.Layer == layer && f.Code == code);
            return index < 0 ? doc : doc with { Flows = [.. doc.Flows.Select((f, i) => i == index ? flow.Entry(layer, code) : f)] };
        }, http, ct, _ => $"flows[{index}].");
        return index < 0 && result.Result is Ok<ModelView> ? UnknownItem("code", "Mfa.unknown-flow", code) : result;
    }

    /// <summary>Removes a flow and the transfer coefficient that defines it, if any.</summary>
    public static async Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> RemoveFlow(
        int id, string layer, string code, long version, SaveMaterialFlowModel save, HttpContext http, CancellationToken ct)
    {
        var found = false;
        var result = await MaterialFlowsApi.Save(save, id, version, doc =>
        {
            found = doc.Flows.Any(f => f.Layer == layer && f.Code == code);
            return !found ? doc : doc with
            {
                Flows = [.. doc.Flows.Where(f => !(f.Layer == layer && f.Code == code))],
                Parameters = [.. doc.Parameters.Where(p => !(p.Layer == layer && p.Type == ParameterType.TransferCoefficient && p.Target == code))],
            };
        }, http, ct);
        return !found && result.Result is Ok<ModelView> ? UnknownItem("code", "Mfa.unknown-flow", code) : result;
    }

    private static ProblemHttpResult UnknownItem(string field, string rule, string code) =>
        Problems.NotFound(Text.Get(rule, Label(field).Zh, Label(field).En, code));

    private static Bilingual Label(string field) => MaterialFlowRules.FieldLabel(field);
}
