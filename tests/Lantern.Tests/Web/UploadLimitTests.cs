using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Lantern.Data.Store;

namespace Lantern.Tests.Web;

/// <summary>
/// The import page and API take uploads up to <c>MaxUploadMegabytes</c> (here 1 MB, so that the test files are small),
/// and tell the analyst the limit when one is over it; and a .zip that expands past the zip caps is refused, naming it.
/// </summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    private const string TooLarge = "is over the 1 MB this server takes (set by lantern serve --max-upload-mb). Upload it in parts";

    private WebHost _host = null!; // set in InitializeAsync

    public async Task InitializeAsync() => _host = await WebHost.StartAsync(o => o.MaxUploadMegabytes = 1);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Api_UploadOverTheLimit_Is413ProblemNamingTheLimit_NothingImported()
    {
        HttpClient analyst = await _host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Csv(1_200_000)), "file", "2024-03-gwent-street.csv" } };

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Upload too large", problem.GetProperty("title").GetString());
        Assert.StartsWith("This upload (1.1 MB) " + TooLarge, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, SourceFiles());
    }

    [Theory]
    [InlineData("api/imports")] // a script's upload
    [InlineData("import")] // the page's
    public async Task Upload_OverKestrelsOwnLimitToo_IsAnsweredNotCutOff(string path)
    {
        // 32 MB: over Kestrel's default 30 MB as well. Before the limit was a setting, an upload this size got a broken
        // connection ("Broken pipe" while sending) on the page and the API alike, never an answer.
        HttpClient analyst = path == "import" ? await _host.ClientAsync("analyst") : await _host.ApiClientAsync("analyst");
        byte[] file = new byte[32 << 20];
        using MultipartFormDataContent form = path == "import"
            ? PageForm(Token(await analyst.GetStringAsync("import")), file, "2024-03-gwent-street.csv")
            : new MultipartFormDataContent { { new ByteArrayContent(file), "file", "2024-03-gwent-street.csv" } };

        HttpResponseMessage r = await analyst.PostAsync(path, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("This upload (32.0 MB) " + TooLarge, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, SourceFiles());
    }

    [Fact]
    public async Task OtherEndpoints_KeepKestrelsOwnLimit()
    {
        // Only the import page and API take large bodies: a 31 MB sign-in is refused by Kestrel's default 30 MB. Sent
        // asking first (Expect: 100-continue), so that the refusal comes back before the body is sent. The client waits a
        // minute for that answer, not its default second: on a loaded machine it began sending after a second, and the
        // server's refusal then closed the connection under it (a broken pipe instead of the 413).
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = _host.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/session")
        {
            Content = new ByteArrayContent(new byte[31_000_000]) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.ExpectContinue = true;

        HttpResponseMessage r = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
    }

    [Fact]
    public async Task Api_UploadOverTheLimit_SentWithoutItsLength_IsStoppedAtTheLimit_413Problem()
    {
        // Chunked: the length is not known before the body is read, so it is Kestrel that stops it at the limit.
        HttpClient analyst = await _host.ApiClientAsync("analyst");
        var file = new StreamContent(new UnknownLengthStream(Csv(1_200_000)));
        using var form = new MultipartFormDataContent { { file, "file", "2024-03-gwent-street.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/imports") { Content = form };
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage r = await analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.StartsWith("This upload " + TooLarge, (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, SourceFiles());
    }

    [Theory]
    [InlineData("api/imports")]
    [InlineData("import")]
    public async Task Upload_FarOverTheLimit_SentWithoutItsLength_IsAnsweredNotCutOff(string path)
    {
        // 32 MB chunked against a 1 MB limit: stopped at the limit, the rest was left unread and the connection closed
        // under the client still sending, which saw a broken connection instead of the 413. The rest is now read and dropped.
        HttpClient analyst = path == "import" ? await _host.ClientAsync("analyst") : await _host.ApiClientAsync("analyst");
        var file = new StreamContent(new UnknownLengthStream(new byte[32 << 20]));
        using var form = new MultipartFormDataContent();
        if (path == "import")
        {
            form.Add(new StringContent(Token(await analyst.GetStringAsync("import"))), "__RequestVerificationToken");
        }

        form.Add(file, path == "import" ? "upload" : "file", "2024-03-gwent-street.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage r = await analyst.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("This upload " + TooLarge, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, SourceFiles());
    }

    [Fact]
    public async Task Api_FileOfExactlyTheLimit_IsImported()
    {
        // The limit is the file's: the rest of the form (boundaries, part headers) has room of its own.
        HttpClient analyst = await _host.ApiClientAsync("analyst");
        byte[] csv = Csv(1 << 20);
        Assert.Equal(1 << 20, csv.Length);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "2024-04-gwent-street.csv" } };

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        Assert.Equal(1, SourceFiles());
    }

    [Fact]
    public async Task Api_NoFileInTheForm_IsABadRequestSayingSo()
    {
        HttpClient analyst = await _host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent { { new StringContent("gwent"), "force" } };

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("No file: send it in the form field 'file'.", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Page_UploadOverTheLimit_ShowsThePageWithTheLimit_NothingImported()
    {
        HttpClient analyst = await _host.ClientAsync("analyst");
        string page = await analyst.GetStringAsync("import");
        Assert.Contains("<p id=\"upload-limit\">Up to 1 MB in one upload.", page, StringComparison.Ordinal);
        using MultipartFormDataContent form = PageForm(Token(page), Csv(1_200_000), "2024-03-gwent-street.csv");

        HttpResponseMessage r = await analyst.PostAsync("import", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        string html = await r.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"error\" id=\"refusal\" role=\"alert\">Not imported: This upload (1.1 MB) " + TooLarge, html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", html, StringComparison.Ordinal); // the page, to try again
        Assert.Equal(0, SourceFiles());
    }

    [Fact]
    public async Task Page_UploadWithoutTheAntiforgeryToken_IsRefused_NothingImported()
    {
        // The page checks the token itself (after reading the form with the upload limit): a form posted from another site
        // imports nothing.
        HttpClient analyst = await _host.ClientAsync("analyst");
        await analyst.GetStringAsync("import"); // the antiforgery cookie, but not the form's token
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Csv(2_000)), "upload", "2024-05-gwent-street.csv" } };

        HttpResponseMessage r = await analyst.PostAsync("import", form);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(0, SourceFiles());
    }

    [Fact]
    public async Task Page_UploadUnderTheLimit_IsImportedWithItsReport()
    {
        HttpClient analyst = await _host.ClientAsync("analyst");
        using MultipartFormDataContent form = PageForm(Token(await analyst.GetStringAsync("import")), Csv(5_000), "2024-06-gwent-street.csv");

        HttpResponseMessage r = await analyst.PostAsync("import", form);

        string html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, html);
        string report = Regex.Match(html, "<ul id=\"report\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value.Trim();
        Assert.Matches("^<li>upload:2024-06-gwent-street.csv: street, gwent: read [0-9]+, imported [0-9]+, already present 0, rejected 1 \\(", report);
        Assert.Equal(1, SourceFiles());
    }

    [Fact]
    public async Task Page_UploadOverKestrelsDefault30MB_UnderTheLimit_IsImported_AndLeavesNoFileBehind()
    {
        // The page reads its form itself, part by part, saving the file as it arrives (a parameter on its handler would
        // have Razor Pages read the form first), past Kestrel's own 30 MB; the saved file is removed after. Other tests
        // upload at the same time, so the file is known by a name of its own.
        await using WebHost host = await WebHost.StartAsync(o => o.MaxUploadMegabytes = 40);
        HttpClient analyst = await host.ClientAsync("analyst");
        string name = $"kestrel-limit-{Guid.NewGuid():N}.csv";
        using MultipartFormDataContent form = PageForm(Token(await analyst.GetStringAsync("import")), Csv(32 << 20), name);

        HttpResponseMessage r = await analyst.PostAsync("import", form);

        string html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 2000)]);
        string report = Regex.Match(html, "<ul id=\"report\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value.Trim();
        Assert.True(Regex.IsMatch(report, $"^<li>upload:{name}: street, gwent: read [0-9,]{{7}}, imported [0-9,]{{7}}, already present 0, rejected 1 \\("), report);
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetTempPath(), "lantern-upload-*"), dir => File.Exists(Path.Combine(dir, name)));
    }

    [Theory]
    [InlineData(@"C:\Users\analyst\Downloads\2024-06-gwent-street.csv", "upload:2024-06-gwent-street.csv: street, gwent: read ")]
    [InlineData("../../2024-06-gwent-street.csv", "upload:2024-06-gwent-street.csv: street, gwent: read ")]
    public async Task Api_UploadNamedWithAPath_IsSavedUnderItsNameAlone(string sent, string line)
    {
        HttpClient analyst = await _host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Csv(3_000)), "file", sent } };

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        string body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, body);
        Assert.StartsWith(line, JsonDocument.Parse(body).RootElement.GetProperty("files")[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_UploadWithNoUsableName_IsABadRequestSayingWhy_NothingImported()
    {
        HttpClient analyst = await _host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Csv(3_000)), "file", ".." } };

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("upload: not a .csv file, a .zip archive or a folder", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, SourceFiles());
    }

    [Fact]
    public async Task Page_ZipThatExpandsPastTheCaps_ShowsWhy_NothingImported()
    {
        // Two million bytes of one row repeated deflate to a few kB: far past 100:1, the archive as a whole.
        byte[] zip = Zip(("2024-07/2024-07-gwent-street.csv", Csv(2_000_000, same: true)));
        HttpClient analyst = await _host.ClientAsync("analyst");
        using MultipartFormDataContent form = PageForm(Token(await analyst.GetStringAsync("import")), zip, "bomb.zip");

        HttpResponseMessage r = await analyst.PostAsync("import", form);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode); // the page answered, as a refused form is elsewhere
        Assert.Matches("Not imported: bomb.zip: its .csv files expand to 2,000,000 bytes from an archive of [0-9,]+, over 100:1 where police CSVs " +
            "compress about 5:1: refused as a possible zip bomb", await r.Content.ReadAsStringAsync());
        Assert.Equal(0, SourceFiles());
    }

    [Fact]
    public async Task Api_ZipEntryPastTheRatio_IsThatFilesError_TheOtherFileIsImported()
    {
        // Random hex (about 2:1) keeps the archive as a whole within 100:1, so that it is the one entry that is refused.
        string noise = RandomNumberGenerator.GetHexString(40_000);
        byte[] zip = Zip(("2024-08/2024-08-gwent-street.csv", Csv(2_000)), ("2024-09/2024-09-gwent-street.csv", Csv(2_000_000, same: true)),
            ("noise.txt", Encoding.ASCII.GetBytes(noise)));
        HttpClient analyst = await _host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(zip), "file", "gwent.zip" } };

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        string[] lines = [.. (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("files").EnumerateArray().Select(f => f.GetProperty("summary").GetString()!)];
        Assert.StartsWith("upload:gwent.zip!2024-08/2024-08-gwent-street.csv: street, gwent: read ", lines[0], StringComparison.Ordinal);
        Assert.Matches("^upload:gwent.zip!2024-09/2024-09-gwent-street.csv: NOT IMPORTED \\(nothing written\\): expands from [0-9,]+ to 2,000,000 bytes, " +
            "over 100:1 where police CSVs compress about 5:1: refused as a possible zip bomb \\(line 1, field '\\(zip entry\\)'\\)$", lines[1]);
        Assert.Equal(1, SourceFiles());
    }

    /// <summary>A street file of exactly <paramref name="bytes"/> bytes: distinct rows, or one row repeated.</summary>
    private static byte[] Csv(int bytes, bool same = false)
    {
        var text = new StringBuilder(Header);
        for (int i = 0; text.Length < bytes; i++)
        {
            text.Append(same ? "x0000000" : $"x{i:D7}").Append(",2024-03,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n");
        }

        // The last row cut to fit is rejected as a short row, which changes nothing here but the count.
        return Encoding.ASCII.GetBytes(text.ToString(0, bytes));
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] bytes) in entries)
            {
                using Stream s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(bytes);
            }
        }

        return memory.ToArray();
    }

    private static string Token(string page) =>
        Regex.Match(page, """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """.TrimEnd()).Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException("the import form carries no antiforgery token");

    private static MultipartFormDataContent PageForm(string token, byte[] file, string name) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new ByteArrayContent(file), "upload", name },
    };

    private long SourceFiles()
    {
        using LanternStore store = LanternStore.Open(_host.Database);
        return store.Connection.ExecuteScalar<long>("SELECT count(*) FROM source_file");
    }

    /// <summary>A stream that does not say how long it is, so that HttpClient sends it in chunks.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
