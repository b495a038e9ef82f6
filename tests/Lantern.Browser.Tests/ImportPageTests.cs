using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Lantern.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests;

/// <summary>
/// The import page in a browser: a file over the upload limit is refused when chosen, before a byte is sent; a .zip that
/// expands past the zip caps is refused with the reason on the page; files in a .zip that are not read are listed.
/// </summary>
public sealed class ImportPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public Task FileOverTheUploadLimit_IsRefusedWhenChosen_NothingSent() => browser.RunAsync("import-too-large", async run =>
    {
        // A sparse file one byte over the default 1,024 MB: its size is what matters, and it takes no disk.
        string dir = Directory.CreateTempSubdirectory("lantern-browser-import-").FullName;
        try
        {
            string file = Path.Combine(dir, "2024-01-metropolitan-street.csv");
            using (FileStream s = File.Create(file))
            {
                s.SetLength((1024L << 20) + 1);
            }

            IPage analyst = await run.DesktopAsync();
            await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
            await analyst.GotoAsync("import");
            await Expect(analyst.Locator("#upload-limit")).ToContainTextAsync("Up to 1,024 MB in one upload.");
            await Expect(analyst.Locator("#upload-too-large")).ToBeHiddenAsync();

            await analyst.Locator("#upload").SetInputFilesAsync(file);
            int posts = browser.Host.Requests.Lines.Count(l => l.Contains("POST", StringComparison.Ordinal) && l.Contains("/import", StringComparison.Ordinal));
            await analyst.Locator("#import").ClickAsync();

            await Expect(analyst.Locator("#upload-too-large")).ToHaveTextAsync(
                "This file (1024.0 MB) is over the 1,024 MB this server takes: upload it in parts (a year of the download, or one month's files), " +
                "or import it on the server with 'lantern import'.");
            await Expect(analyst).ToHaveURLAsync(new Regex("/import$"));
            Assert.Equal(posts, browser.Host.Requests.Lines.Count(l => l.Contains("POST", StringComparison.Ordinal) && l.Contains("/import", StringComparison.Ordinal)));
            await run.ShotAsync(analyst, "refused-when-chosen");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });

    [BrowserFact]
    public Task ZipPastTheZipCaps_IsRefusedWithTheReasonOnThePage() => browser.RunAsync("import-zip-bomb", async run =>
    {
        // Two million bytes of one row repeated deflate to a few kB: far past 100:1.
        const string Row = "aa01,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n";
        string dir = Directory.CreateTempSubdirectory("lantern-browser-import-").FullName;
        try
        {
            string zip = Path.Combine(dir, "gwent.zip");
            using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            using (var s = new StreamWriter(archive.CreateEntry("2024-07/2024-07-gwent-street.csv").Open(), Encoding.ASCII))
            {
                s.Write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
                for (int i = 0; i < 20_000; i++)
                {
                    s.Write(Row);
                }
            }

            IPage analyst = await run.DesktopAsync();
            await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
            await analyst.GotoAsync("import");
            await analyst.Locator("#upload").SetInputFilesAsync(zip);
            await analyst.Locator("#import").ClickAsync();

            await Expect(analyst.Locator("#refusal")).ToHaveTextAsync(new Regex(
                "^Not imported: gwent\\.zip: its \\.csv files expand to [0-9,]+ bytes from an archive of [0-9,]+, over 100:1 where police CSVs " +
                "compress about 5:1: refused as a possible zip bomb$"));
            await Expect(analyst.Locator("#report")).ToHaveCountAsync(0);
            await run.ShotAsync(analyst, "refused-zip");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });

    [BrowserFact]
    public Task ZipWithAReadme_ReportsTheReadmeAsNotRead() => browser.RunAsync("import-skipped", async run =>
    {
        string dir = Directory.CreateTempSubdirectory("lantern-browser-import-").FullName;
        try
        {
            string zip = Path.Combine(dir, "gwent-2024-09.zip");
            using (ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                using (var s = new StreamWriter(archive.CreateEntry("2024-09/2024-09-gwent-street.csv").Open(), Encoding.ASCII))
                {
                    s.Write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
                        "sk01,2024-09,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n");
                }

                using (var s = new StreamWriter(archive.CreateEntry("README.txt").Open(), Encoding.ASCII))
                {
                    s.Write("Downloaded from data.police.uk");
                }

                archive.CreateEntry("__MACOSX/._README.txt");
            }

            IPage analyst = await run.DesktopAsync();
            await LoginPage.SignInAsync(analyst, "analyst", WebHost.Password);
            await analyst.GotoAsync("import");
            await analyst.Locator("#upload").SetInputFilesAsync(zip);
            await analyst.Locator("#import").ClickAsync();

            await Expect(analyst.Locator("#report li")).ToHaveTextAsync(new Regex("^upload:gwent-2024-09\\.zip!2024-09/2024-09-gwent-street\\.csv: street, gwent: read 1, "));
            await Expect(analyst.Locator("#skipped li")).ToHaveTextAsync(["upload:gwent-2024-09.zip!README.txt: skipped, not a .csv or .zip"]);
            await run.ShotAsync(analyst, "skipped-listed");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });
}
