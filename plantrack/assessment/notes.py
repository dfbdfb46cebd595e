"""Why a result has the status it has, or what to know about it: each note's code and its
English sentence template. docs/assessment.md lists every one (a test keeps them in step)."""

from __future__ import annotations

#: Why a result has the status it has, or what to know about it. Code -> English sentence
#: template; docs/assessment.md lists every one (a test keeps them in step).
NOTES: dict[str, str] = {
    "no-data": "no value for this indicator and area",
    "only-baseline": "only the plan's baseline ({year}); no reported value after it",
    "no-base": "no value for the base year {year} or any later year up to {as_of}",
    "one-point": "only one value ({year}); a trend needs two",
    "as-of-before-base": "the as-of year {as_of} is before the base year {year}",
    "not-started": "the period {period} starts after the as-of year {as_of}",
    "base-moved": "no value for the base year {wanted}; the first later value ({year}) is the base",
    "base-from-plan": "base value from the plan's baseline ({year})",
    "baseline-replaced": "the data's {year} value {value} replaces the plan's baseline {baseline}",
    "no-deadline-value": "the deadline {year} has passed and there is no value for {year}; "
    "latest is {latest}",
    "no-value-in-time": "no value between the base year and the deadline {year}",
    "gap-in-rates": "no level or yearly growth for {year}: cannot chain {start} to {end}",
    "missing-years": "no value for {years}",
    "conflict": "two different values for {year} ({values}): the reader must resolve this",
    "nonpositive-growth-base": "growth needs positive values (base {base}, latest {latest})",
    "linear-fallback": "geometric trend undefined for zero or negative values; linear trend used",
    "already-met": "the target is already met in {year}, before the deadline {deadline}",
    "met-at-base": "the target was already met at the base year {year}",
    "estimate-used": "{year} is an estimate (ước thực hiện)",
    "no-reference": "no value for the reference area {area} in the years compared",
    "one-year-compared": "only one year compared ({year}); no trend yet",
    "qualifier": "the {year} value is reported as {qualifier} {value}; assessed as {value}",
    "years-met": "{met} of {counted} years met",
    "least-squares": "observed growth is the least-squares rate over the {years} years "
    "{start}-{end} (World Bank WDI), not the end-to-end rate",
    "out-of-reach": "the pace still needed ({needed}) is more than three times the pace the plan "
    "set from its base ({required}): out of reach at any plausible pace",
    "out-of-reach-unit": "the pace still needed ({needed}) would take the value to {value} by "
    "the deadline, which the unit does not allow: out of reach",
    "years-missed": "not met in {years} ({met} of {counted} years met): the target, which "
    "every year must meet, can no longer be met in full",
    "no-state": "no report for the deadline year {year}",
    "undefined": "the numbers do not allow this calculation: {error}",
    "approximate": "the target is approximate (khoảng): a figure within {tolerance}% of it is "
    "achieved",
    "already-missed": "the total {total} is already past the limit {limit}; the target cannot "
    "be met",
    "projection-capped": "the trend would reach {value}, which the unit does not allow; "
    "the projection is {bound}",
    "limit": "the target is a limit ({comparator} {limit}), not a pace to reach: within it is "
    "on track, past it is off track",
    "approximate-figure": "the {year} value is reported as about {value} (khoảng); "
    "assessed as {value}",
    "range-figure": "{years} reported as a range; judged at the ends of each range "
    "({best_status} at best, {worst_status} at worst); the least favourable is shown, at {shown}",
    "change-reported": "the change in {years} is the reported change, not the difference of "
    "two levels",
    "change-replaced": "the reported change for {year} ({reported}) differs from the change "
    "from {before} to {year} that the levels give ({computed}); the levels are used",
    "level-from-change": "the {year} level is the {before} level and the reported change: "
    "{before_value} + ({change}) = {value}",
    "gap-in-changes": "no level or reported change for {year}: cannot link {start} to {end}",
    "rates-from-levels": "the growth of {years} is computed from the levels (V_y / V_y-1 - 1)",
    "mean-out-of-reach": "even at {bound} in every year left the mean would be {mean}; "
    "the target {target} cannot be met",
    "below-band": "the {year} share {value} is below the band {low}-{high} by {points} points",
    "above-band": "the {year} share {value} is above the band {low}-{high} by {points} points",
    "share-computed": "the share for {years} is computed from the figures of {numerator} and "
    "{denominator}: 100 × {numerator} / {denominator}",
    "share-years-left-out": "{years} left out of the period's share: {numerator} and "
    "{denominator} are not both known",
    "no-share-inputs": "no reported share and no year with both {numerator} and {denominator} "
    "up to {as_of}",
    "count-rolled-up": "the {year} count is rolled up from the areas' own reports of "
    "{criterion}: {count} of {out_of} ({areas})",
    "count-differs": "the reported {year} count {reported} differs from the roll-up of the "
    "areas' own reports of {criterion} ({rolled}: {areas}); the reported count is used",
    "count-missing-areas": "no report of {criterion} by {year} for {areas}: counted as not "
    "meeting it, so the count {count} is a lower bound",
    "count-incomplete": "the areas without a report of {criterion} ({areas}) could change the "
    "verdict: {worst_status} if none of them meets it, {best_status} if all do",
    "share-input-range": "the {year} figure of {indicator} is reported as a range ({low}-{high}); "
    "the share is computed with {used}, the end least favourable to the target",
}
