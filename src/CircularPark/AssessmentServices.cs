using CircularPark.Assessments;
using CircularPark.Compliance;
using CircularPark.Economics;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark;

/// <summary>
/// The use cases of issue 17: park economics and regions' reported figures, compliance registers, assessment schemes,
/// yearly assessments and rankings, for the web app and the CLI alike.
/// </summary>
public static class AssessmentServices
{
    public static IServiceCollection AddCircularParkAssessment(this IServiceCollection services) => services
        .AddScoped<SaveRegionFigures>().AddScoped<GetEconomics>()
        .AddScoped<RecordAudit>().AddScoped<RecordInspection>().AddScoped<RecordPlanningEia>().AddScoped<RecordGreenDesignation>()
        .AddScoped<RecordEnvironmentalReport>().AddScoped<GetParkCompliance>().AddScoped<GetComplianceAlerts>()
        .AddScoped<SaveScheme>().AddScoped<ComputeAssessment>().AddScoped<ReviewAssessment>().AddScoped<AdjustScore>().AddScoped<PublishAssessment>()
        .AddScoped<GetAssessment>().AddScoped<ListSchemes>().AddScoped<GetRankingHistory>();
}
