using System.CommandLine;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary><c>lantern model-card offenders</c>: the tool described in the shape of the Algorithmic Transparency Recording Standard.</summary>
internal static class ModelCardCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var owner = new Option<string>("--owner") { Description = "The senior responsible owner", DefaultValueFactory = _ => "the force's head of public protection (set with --owner)" };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var offenders = new Command("offenders", "Offender prioritisation: purpose, owner, data, method, versions, risks, fairness results (latest run) and review process")
        {
            owner, json,
        };
        offenders.SetAction(parse =>
        {
            string db = global.DbPath(parse, context);
            using LanternStore? store = LanternStore.OpenExisting(db);
            var card = OffenderModelCard.Build(store, parse.GetRequiredValue(owner));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(card.Select(s => new { title = s.Title, fields = s.Fields.Select(f => new { field = f.Field, value = f.Value }) }),
                    JsonOutput.Options));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine("Algorithmic Transparency Recording Standard record: Lantern offender prioritisation");
            foreach (var section in card)
            {
                context.Out.WriteLine();
                context.Out.WriteLine(section.Title);
                foreach ((string field, string value) in section.Fields)
                {
                    context.Out.WriteLine($"  {field}: {value}");
                }
            }

            return ExitCodes.Ok;
        });
        return new Command("model-card", "Transparency records of Lantern's algorithms (UK Algorithmic Transparency Recording Standard)") { offenders };
    }
}
