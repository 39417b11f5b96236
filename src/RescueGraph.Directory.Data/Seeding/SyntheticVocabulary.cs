using RescueGraph.Directory.Data.Entities;

namespace RescueGraph.Directory.Data.Seeding;

/// <summary>Word lists and places the synthetic data set draws from.</summary>
internal static class SyntheticVocabulary
{
    public readonly record struct Place(string City, string? Region, string Country, double Latitude, double Longitude, string? NativeName = null);

    public static readonly Place[] KoreanPlaces =
    [
        new("Seoul", "Seoul", "KR", 37.5665, 126.9780, "서울"), new("Busan", "Busan", "KR", 35.1796, 129.0756, "부산"),
        new("Incheon", "Incheon", "KR", 37.4563, 126.7052, "인천"), new("Daegu", "Daegu", "KR", 35.8714, 128.6014, "대구"),
        new("Daejeon", "Daejeon", "KR", 36.3504, 127.3845, "대전"), new("Gwangju", "Gwangju", "KR", 35.1595, 126.8526, "광주"),
        new("Ulsan", "Ulsan", "KR", 35.5384, 129.3114, "울산"), new("Suwon", "Gyeonggi", "KR", 37.2636, 127.0286, "수원"),
        new("Gimhae", "South Gyeongsang", "KR", 35.2285, 128.8894, "김해"), new("Jeonju", "North Jeolla", "KR", 35.8242, 127.1480, "전주"),
        new("Gyeongju", "North Gyeongsang", "KR", 35.8562, 129.2247, "경주"), new("Cheongju", "North Chungcheong", "KR", 36.6424, 127.4890, "청주"),
        new("Changwon", "South Gyeongsang", "KR", 35.2280, 128.6811, "창원"), new("Pohang", "North Gyeongsang", "KR", 36.0190, 129.3435, "포항"),
        new("Jeju", "Jeju", "KR", 33.4996, 126.5312, "제주"), new("Bucheon", "Gyeonggi", "KR", 37.5034, 126.7660, "부천"),
        new("Goyang", "Gyeonggi", "KR", 37.6584, 126.8320, "고양"), new("Yongin", "Gyeonggi", "KR", 37.2411, 127.1776, "용인"),
        new("Seongnam", "Gyeonggi", "KR", 37.4200, 127.1265, "성남"), new("Gangneung", "Gangwon", "KR", 37.7519, 128.8761, "강릉"),
        new("Chuncheon", "Gangwon", "KR", 37.8813, 127.7298, "춘천"), new("Andong", "North Gyeongsang", "KR", 36.5684, 128.7294, "안동"),
        new("Mokpo", "South Jeolla", "KR", 34.8118, 126.3922, "목포"), new("Yeosu", "South Jeolla", "KR", 34.7604, 127.6622, "여수"),
    ];

    public static readonly Place[] PlacesAbroad =
    [
        new("Los Angeles", "California", "US", 34.0522, -118.2437), new("New York", "New York", "US", 40.7128, -74.0060),
        new("Seattle", "Washington", "US", 47.6062, -122.3321), new("San Francisco", "California", "US", 37.7749, -122.4194),
        new("Chicago", "Illinois", "US", 41.8781, -87.6298), new("Atlanta", "Georgia", "US", 33.7490, -84.3880),
        new("Denver", "Colorado", "US", 39.7392, -104.9903), new("Portland", "Oregon", "US", 45.5152, -122.6784),
        new("Washington", "District of Columbia", "US", 38.9072, -77.0369), new("Houston", "Texas", "US", 29.7604, -95.3698),
        new("Toronto", "Ontario", "CA", 43.6532, -79.3832), new("Vancouver", "British Columbia", "CA", 49.2827, -123.1207),
        new("Montreal", "Quebec", "CA", 45.5017, -73.5673), new("Calgary", "Alberta", "CA", 51.0447, -114.0719),
        new("London", "England", "GB", 51.5074, -0.1278), new("Paris", "Île-de-France", "FR", 48.8566, 2.3522),
        new("Berlin", "Berlin", "DE", 52.5200, 13.4050), new("Amsterdam", "North Holland", "NL", 52.3676, 4.9041),
        new("Florence", "Tuscany", "IT", 43.7696, 11.2558), new("Rome", "Lazio", "IT", 41.9028, 12.4964),
        new("Madrid", "Madrid", "ES", 40.4168, -3.7038), new("Lisbon", "Lisbon", "PT", 38.7223, -9.1393),
        new("Dublin", "Leinster", "IE", 53.3498, -6.2603), new("Vienna", "Vienna", "AT", 48.2082, 16.3738),
    ];

    public static readonly string[] AnimalNames =
    [
        "Bori", "Choco", "Dubu", "Kongi", "Mandu", "Nabi", "Sarang", "Haru", "Dallae", "Bom", "Gaeul", "Yeoreum", "Kkami", "Hodu",
        "Toto", "Luna", "Max", "Bella", "Charlie", "Daisy", "Milo", "Coco", "Ruby", "Teddy", "Lucky", "Ginger", "Maple", "Pepper",
        "Sunny", "Happy", "Mocha", "Latte", "Peanut", "Biscuit", "Cookie", "Nori", "Kimchi", "Tofu", "Mango", "Kiwi", "Hana", "Dal",
        "Byeol", "Sol", "Iseul", "Saebyeok", "Jindo", "Baduk", "Ppoppi", "Duri", "Songi", "Geumdong", "Eunbi", "Chorong", "Dori",
    ];

    public static readonly string[] DogBreeds = ["Jindo", "Tosa", "Pungsan", "Sapsali", "Labrador Retriever", "Golden Retriever", "Shiba Inu", "Beagle", "Maltese", "Poodle", "Shih Tzu", "Great Pyrenees", "Husky", "Mastiff", "Border Collie", "Pomeranian", "Dachshund", "Chihuahua"];
    public static readonly string[] CatBreeds = ["Korean Shorthair", "Domestic Shorthair", "Domestic Longhair", "Siamese", "Persian", "Russian Blue", "Turkish Angora", "Scottish Fold"];
    public static readonly string[] RabbitBreeds = ["Holland Lop", "Netherland Dwarf", "Lionhead", "Rex"];
    public static readonly string[] BirdBreeds = ["Budgerigar", "Cockatiel", "Lovebird", "Canary"];
    public static readonly string[] HorseBreeds = ["Jeju Pony", "Thoroughbred", "Quarter Horse"];
    public static readonly string[] CowBreeds = ["Hanwoo", "Holstein"];
    public static readonly string[] DeerBreeds = ["Water Deer", "Sika Deer"];
    public static readonly string[] OtherBreeds = ["Guinea Pig", "Hamster", "Ferret", "Turtle"];

    public static string[] BreedsOf(Species species) => species switch
    {
        Species.Dog => DogBreeds,
        Species.Cat => CatBreeds,
        Species.Rabbit => RabbitBreeds,
        Species.Bird => BirdBreeds,
        Species.Horse => HorseBreeds,
        Species.Cow => CowBreeds,
        Species.Deer => DeerBreeds,
        _ => OtherBreeds,
    };

    /// <summary>Pre-built colour arrays, shared by every row that uses them (no per-row allocation).</summary>
    public static readonly string[][] ColorSets =
    [
        ["white"], ["black"], ["tan"], ["brown"], ["gray"], ["cream"], ["white", "tan"], ["black", "white"], ["brown", "white"],
        ["black", "tan"], ["gray", "white"], ["red"], ["brindle"], ["calico"], ["orange", "white"], ["tricolor"],
    ];

    public static readonly string[] RescueOrigins =
    [
        "was rescued from a dog meat farm", "was found wandering near a market", "was surrendered by a family who moved abroad",
        "was seized in an abuse case", "came from a closed slaughterhouse", "was found as a stray by volunteers",
        "was transferred from an overcrowded public shelter", "was rescued from a hoarding situation",
    ];

    public static readonly string[] Personalities =
    [
        "loves long walks and belly rubs", "is shy at first but very loyal", "gets along with everyone she meets",
        "is playful and full of energy", "enjoys quiet afternoons in the sun", "is learning to trust people again",
        "is gentle with children", "knows sit, stay and paw",
    ];

    public static readonly string[] OrganizationWords = ["Hope", "Haven", "Paws", "Second Chance", "Free Korean Dogs", "Bridge", "Rescue Friends", "Safe Harbor", "Open Doors", "New Leash", "Sanctuary", "Heart"];

    public static readonly string[] Carriers = ["Korean Air", "Asiana Airlines", "Air Canada", "Delta Air Lines", "United Airlines"];
    public static readonly string[] CarrierCodes = ["KE", "OZ", "AC", "DL", "UA"];
    public static readonly string[] VolunteerNames = ["Jiyoung Park", "Minho Lee", "Sarah Kim", "David Choi", "Emily Jung", "Daniel Han", "Grace Yoon", "Chris Kang"];
    public static readonly string[] OfficialNames = ["Kim Seung-su", "Lee Jae-jun", "Park Hyung-joon", "Choi Min-ho", "Jung Eun-ji", "Han Dong-hoon", "Yoon Seo-yeon"];
}
