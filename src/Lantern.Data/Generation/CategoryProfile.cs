using Lantern.Core.Crimes;

namespace Lantern.Data.Generation;

/// <summary>
/// A category's share of all events and its near-repeat behaviour: each event of the category triggers on average
/// <see cref="Branching"/> further events of the same category nearby (Gaussian, <see cref="SpreadMetres"/> per
/// axis) over the following days (exponential, mean <see cref="LagMeanDays"/>, cut at <see cref="LagMaxDays"/>):
/// the self-exciting process of Mohler et al. 2011 in its simplest form.
/// </summary>
/// <param name="Category">The category.</param>
/// <param name="Proportion">Share of all events.</param>
/// <param name="Branching">Expected direct offspring per event, below 1 (the cluster size is 1 / (1 − b)).</param>
/// <param name="SpreadMetres">Standard deviation of an offspring's offset on each axis.</param>
/// <param name="LagMeanDays">Mean delay of an offspring.</param>
/// <param name="LagMaxDays">Longest delay.</param>
/// <param name="Outcomes">How its investigations end.</param>
internal sealed record CategoryProfile(
    CrimeCategory Category, double Proportion, double Branching, double SpreadMetres, double LagMeanDays, double LagMaxDays,
    OutcomeProfile Outcomes);
