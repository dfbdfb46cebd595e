"""Plans: plan files (YAML) in, validated plans and findings with file:line:col out.

- :mod:`~plantrack.plans.yaml_reader`: YAML as plain data, with the position of every value;
- :mod:`~plantrack.plans.model`: what a plan file may say (pydantic), target kinds and units;
- :mod:`~plantrack.plans.load`: finding plan files, reading them, pydantic errors as findings;
- :mod:`~plantrack.plans.rules`, :mod:`~plantrack.plans.target_rules` and
  :mod:`~plantrack.plans.kind_rules`: whole-plan rules, each target against its plan;
- :mod:`~plantrack.plans.number_style` and :mod:`~plantrack.plans.text_checks`: numbers written
  the Vietnamese way, and a target's numbers against its own text;
- :mod:`~plantrack.plans.scales`, :mod:`~plantrack.plans.schema`, :mod:`~plantrack.plans.reporter`.

It knows nothing of reported figures, assessment or output.
"""
