namespace Lantern.Analysis;

/// <summary>An analysis run as recorded in the store: its number and the JSON of its parameters, inputs and result.</summary>
internal sealed record RecordedRun(long RunId, string ParametersJson, string InputsJson, string ResultJson)
{
    /// <summary>The run as <c>--json</c> prints it.</summary>
    public string Json(string version) =>
        $"{{\"run\": {RunId}, \"lanternVersion\": \"{version}\", \"parameters\": {ParametersJson}, \"inputs\": {InputsJson}, \"result\": {ResultJson}}}";
}
