using CircularPark.Web.Api;
using CircularPark.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCircularPark();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseCircularPark();

app.MapHealth();
app.MapAccountApi();
app.MapUsersApi();
app.MapAcceptanceApi();
app.MapCampaignsApi();
app.MapParksApi();
app.MapImportsApi();
app.MapStatisticsApi();
app.MapIndicatorsApi();
app.MapPlansApi();
app.MapReportsApi();
app.MapMaterialFlowsApi();
app.MapReviewsApi();
app.MapSelectionSetupApi();
app.MapEnterprisesApi();
app.MapChainsApi();
app.MapRoutesApi();
app.MapRegionsApi();
app.MapExchangeApi();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
