using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RescueGraph.Directory.Data.Entities;
using RescueGraph.Directory.Data.Modeling;

namespace RescueGraph.Directory.Data;

/// <summary>
/// The directory's EF Core model. The schema itself is created by the SQL scripts under Migrations/Scripts
/// (see <see cref="Migrations.DirectoryMigrator"/>); this model must agree with them, which the tests check.
/// Indexes live only in those scripts (EF never creates the schema, so declaring them twice would only drift), except
/// the unique slugs the data library needs to know about (<see cref="UniqueSlug"/>).
/// </summary>
public class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : DbContext(options)
{
    // Lengths shared by the model and the synthetic COPY writer.
    public const int NameLength = 200;
    public const int SlugLength = 120;
    public const int UrlLength = 2048;
    public const int ShortTextLength = 500;
    public const int CountryCodeLength = 2;
    public const int EnumLength = 32;

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<RescueCenter> RescueCenters => Set<RescueCenter>();
    public DbSet<Animal> Animals => Set<Animal>();
    public DbSet<AnimalPhoto> AnimalPhotos => Set<AnimalPhoto>();
    public DbSet<AnimalEvent> AnimalEvents => Set<AnimalEvent>();
    public DbSet<Locality> Localities => Set<Locality>();
    public DbSet<LocalityOfficial> LocalityOfficials => Set<LocalityOfficial>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignTarget> CampaignTargets => Set<CampaignTarget>();
    public DbSet<CampaignUpdate> CampaignUpdates => Set<CampaignUpdate>();
    public DbSet<OfficialResponse> OfficialResponses => Set<OfficialResponse>();
    public DbSet<SuggestedMessage> SuggestedMessages => Set<SuggestedMessage>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<StoryAnimal> StoryAnimals => Set<StoryAnimal>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Which unpublished rows this context's <c>Visible…</c> sets include, set per request from the caller. Published
    /// data only unless someone widens it; put back on dispose, because pooled contexts outlive their request.
    /// </summary>
    public RowVisibility Visibility { get; set; } = RowVisibility.PublishedOnly;

    /// <summary>The animals the caller may see: published ones, plus every animal of the organizations it may see unpublished.</summary>
    public IQueryable<Animal> VisibleAnimals => Visibility switch
    {
        { SeesAll: true } => Animals,
        { OrganizationIds.Length: > 0 } visibility => WithOrganizations(visibility.OrganizationIds),
        _ => Animals.Where(a => a.IsPublished),
    };

    /// <summary>The campaign updates the caller may see: posted ones, plus drafts of the organizations it may see unpublished.</summary>
    public IQueryable<CampaignUpdate> VisibleCampaignUpdates => Visibility switch
    {
        { SeesAll: true } => CampaignUpdates,
        { OrganizationIds.Length: > 0 } visibility => UpdatesWithOrganizations(visibility.OrganizationIds),
        _ => CampaignUpdates.Where(u => !u.IsDraft),
    };

    private IQueryable<Animal> WithOrganizations(long[] organizationIds) =>
        Animals.Where(a => a.IsPublished || organizationIds.Contains(a.OrganizationId));

    private IQueryable<CampaignUpdate> UpdatesWithOrganizations(long[] organizationIds) =>
        CampaignUpdates.Where(u => !u.IsDraft || organizationIds.Contains(u.Campaign.OrganizationId));

    public override void Dispose()
    {
        Visibility = RowVisibility.PublishedOnly;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Visibility = RowVisibility.PublishedOnly;
        return base.DisposeAsync();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new SnakeCaseNamingConvention());
        // Strings are text unless a length is given below; every short column gets one.
        configurationBuilder.Properties<DateTimeOffset>().HaveColumnType("timestamp with time zone");
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Organization>(e =>
        {
            Name(e.Property(x => x.Name));
            Slug(e.Property(x => x.Slug));
            UniqueSlug(e, "organizations");
            Country(e.Property(x => x.Country));
            Url(e.Property(x => x.WebsiteUrl));
            Url(e.Property(x => x.LogoUrl));
            e.Property(x => x.PublicEmail).HasMaxLength(320);
            e.Property(x => x.StaffContactEmail).HasMaxLength(320);
            e.Property(x => x.PublicPhone).HasMaxLength(40);
            e.Property(x => x.StaffContactPhone).HasMaxLength(40);
        });

        model.Entity<Partnership>(e =>
        {
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Partner).WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Description).HasMaxLength(ShortTextLength * 4);
        });

        model.Entity<RescueCenter>(e =>
        {
            Name(e.Property(x => x.Name));
            Slug(e.Property(x => x.Slug));
            UniqueSlug(e, "rescue_centers");
            Country(e.Property(x => x.Country));
            e.Property(x => x.City).HasMaxLength(NameLength);
            e.Property(x => x.Region).HasMaxLength(NameLength);
            e.Property(x => x.CurrentHead).HasMaxLength(NameLength);
            // Deleting an organization must not silently take its centers and animals with it.
            e.HasOne(x => x.Organization).WithMany(x => x.Centers).HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<Animal>(e =>
        {
            Name(e.Property(x => x.Name));
            e.Property(x => x.PrimaryBreed).HasMaxLength(100);
            e.Property(x => x.SecondaryBreed).HasMaxLength(100);
            e.Property(x => x.SpecialNeedsDescription).HasMaxLength(ShortTextLength * 2);
            e.Property(x => x.AdopterName).HasMaxLength(NameLength);
            e.Property(x => x.AdopterContact).HasMaxLength(ShortTextLength);
            e.Property(x => x.FosterName).HasMaxLength(NameLength);
            e.Property(x => x.FosterContact).HasMaxLength(ShortTextLength);
            e.Property(x => x.FosterAddress).HasMaxLength(ShortTextLength);
            e.HasOne(x => x.Center).WithMany(x => x.Animals).HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Organization).WithMany(x => x.Animals).HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<AnimalPhoto>(e =>
        {
            Url(e.Property(x => x.SmallUrl));
            Url(e.Property(x => x.MediumUrl));
            Url(e.Property(x => x.LargeUrl));
            Url(e.Property(x => x.OriginalUrl));
            e.Property(x => x.Caption).HasMaxLength(ShortTextLength);
            e.HasOne(x => x.Animal).WithMany(x => x.Photos).HasForeignKey(x => x.AnimalId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<AnimalEvent>(e =>
        {
            e.Property(x => x.FlightNumber).HasMaxLength(16);
            e.Property(x => x.Carrier).HasMaxLength(100);
            e.Property(x => x.EscortName).HasMaxLength(NameLength);
            e.Property(x => x.DestinationCity).HasMaxLength(NameLength);
            Country(e.Property(x => x.DestinationCountry));
            // Owned by the database trigger: EF never sends it and reads the animal's species back.
            var species = e.Property(x => x.Species).ValueGeneratedOnAddOrUpdate().Metadata;
            species.SetBeforeSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
            species.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
            e.HasOne(x => x.Animal).WithMany(x => x.Events).HasForeignKey(x => x.AnimalId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Center).WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(x => x.FromCenter).WithMany().HasForeignKey(x => x.FromCenterId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(x => x.ToCenter).WithMany().HasForeignKey(x => x.ToCenterId).OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<Locality>(e =>
        {
            Name(e.Property(x => x.Name));
            Name(e.Property(x => x.NativeName));
            Country(e.Property(x => x.Country));
            e.Property(x => x.Region).HasMaxLength(NameLength);
            e.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<LocalityOfficial>(e =>
        {
            Name(e.Property(x => x.Name));
            e.Property(x => x.Title).HasMaxLength(NameLength);
            e.HasOne(x => x.Locality).WithMany(x => x.Officials).HasForeignKey(x => x.LocalityId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Campaign>(e =>
        {
            Slug(e.Property(x => x.Slug));
            UniqueSlug(e, "campaigns");
            e.Property(x => x.Title).HasMaxLength(NameLength);
            e.Property(x => x.PledgeAmount).HasPrecision(12, 2);
            e.Property(x => x.PledgeCurrency).HasMaxLength(3);
            e.Property(x => x.PetitionTarget).HasMaxLength(ShortTextLength);
            e.HasOne(x => x.KoreanLocality).WithMany().HasForeignKey(x => x.KoreanLocalityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.PartnerLocality).WithMany().HasForeignKey(x => x.PartnerLocalityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.ReplacedBy).WithMany().HasForeignKey(x => x.ReplacedByCampaignId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(x => x.Organization).WithMany(x => x.Campaigns).HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<CampaignTarget>(e =>
        {
            Name(e.Property(x => x.TargetName));
            e.Property(x => x.Role).HasMaxLength(NameLength);
            e.HasOne(x => x.Campaign).WithMany(x => x.Targets).HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Official).WithMany().HasForeignKey(x => x.OfficialId).OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<CampaignUpdate>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(NameLength);
            e.HasOne(x => x.Campaign).WithMany(x => x.Updates).HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<OfficialResponse>(e =>
        {
            Name(e.Property(x => x.ResponderName));
            e.Property(x => x.ResponderTitle).HasMaxLength(NameLength);
            e.HasOne(x => x.Campaign).WithMany(x => x.Responses).HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Official).WithMany().HasForeignKey(x => x.OfficialId).OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<SuggestedMessage>(e =>
        {
            e.Property(x => x.LanguageCode).HasMaxLength(16);
            e.Property(x => x.Recipient).HasMaxLength(ShortTextLength);
            e.Property(x => x.Subject).HasMaxLength(ShortTextLength);
            e.HasOne(x => x.Campaign).WithMany(x => x.SuggestedMessages).HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Story>(e =>
        {
            Slug(e.Property(x => x.Slug));
            UniqueSlug(e, "stories");
            e.Property(x => x.Title).HasMaxLength(NameLength);
            e.Property(x => x.Outcome).HasMaxLength(ShortTextLength * 2);
            e.HasOne(x => x.Organization).WithMany(x => x.Stories).HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<StoryAnimal>(e =>
        {
            e.HasKey(x => new { x.StoryId, x.AnimalId });
            e.HasOne(x => x.Story).WithMany(x => x.Animals).HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Animal).WithMany(x => x.StoryLinks).HasForeignKey(x => x.AnimalId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<StaffMember>(e =>
        {
            e.Property(x => x.Subject).HasMaxLength(NameLength);
            Name(e.Property(x => x.DisplayName));
            e.Property(x => x.Email).HasMaxLength(320);
        });

        model.Entity<RoleGrant>(e =>
        {
            e.Property(x => x.GrantedBy).HasMaxLength(NameLength);
            e.HasOne(x => x.StaffMember).WithMany(x => x.RoleGrants).HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.Actor).HasMaxLength(NameLength);
            e.Property(x => x.EntityType).HasMaxLength(64);
            e.Property(x => x.Changes).HasColumnType("jsonb");
        });

        ConfigureSharedConventions(model);
        EarthDistanceFunctions.Register(model);
        CalendarFunctions.Register(model);
    }

    /// <summary>Identity keys, xmin concurrency tokens and enum-as-text columns for every entity.</summary>
    private static void ConfigureSharedConventions(ModelBuilder model)
    {
        foreach (var entityType in model.Model.GetEntityTypes())
        {
            var entity = model.Entity(entityType.ClrType);
            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
            {
                // Explicit column name so the snake_case convention leaves PostgreSQL's system column alone.
                entity.Property(nameof(IVersioned.Version)).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
            }

            var id = entityType.FindProperty("Id");
            if (id is not null && id.ClrType == typeof(long))
                entity.Property("Id").UseIdentityByDefaultColumn();

            foreach (var property in entityType.GetProperties())
            {
                var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (!enumType.IsEnum) continue;
                // Reflection here runs once per model build (EF caches the model), never per query.
                entity.Property(property.Name)
                    .HasConversion(typeof(SnakeCaseEnumConverter<>).MakeGenericType(enumType))
                    .HasMaxLength(EnumLength);
            }
        }
    }

    private static void Name(PropertyBuilder property) => property.HasMaxLength(NameLength);
    private static void Slug(PropertyBuilder property) => property.HasMaxLength(SlugLength);

    /// <summary>
    /// The one index the model declares (0001 creates it): the data library reads uniqueness from the model, and an
    /// equality filter on a unique slug through a relation becomes a key lookup the planner folds into an index seek.
    /// </summary>
    private static void UniqueSlug(EntityTypeBuilder builder, string table) =>
        builder.HasIndex("Slug").IsUnique().HasDatabaseName($"ux_{table}_slug");
    private static void Url(PropertyBuilder property) => property.HasMaxLength(UrlLength);
    private static void Country(PropertyBuilder property) => property.HasMaxLength(CountryCodeLength);
}
