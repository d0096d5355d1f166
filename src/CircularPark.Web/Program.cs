using CircularPark.Web.Api;
using CircularPark.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCircularPark();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseCircularPark();

// Every API endpoint sits in one root group whose filter checks bodies and uploads before any handler runs (ADR 0056).
var api = app.MapGroup("").WithInputChecks();
api.MapHealth();
api.MapAccountApi();
api.MapUsersApi();
api.MapAcceptanceApi();
api.MapCampaignsApi();
api.MapParksApi();
api.MapImportsApi();
api.MapStatisticsApi();
api.MapIndicatorsApi();
api.MapPlansApi();
api.MapPlanPreparationApi();
api.MapReportsApi();
api.MapMaterialFlowsApi();
api.MapReviewsApi();
api.MapFollowUpApi();
api.MapSelectionSetupApi();
api.MapEnterprisesApi();
api.MapChainsApi();
api.MapRoutesApi();
api.MapRegionsApi();
api.MapExchangeApi();
api.MapFundsApi();
api.MapAssessmentApi();
api.MapComplianceApi();
api.MapAuditApi();
api.MapOverviewApi();
api.MapInboxApi();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
