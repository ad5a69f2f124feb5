import type { SampleEffects } from "./modelSample";

/** The name of a drift scenario. */
export type ScenarioName = "covariate-shift" | "scale-change" | "new-categories" | "label-flips" | "prediction-rate-change";

/** A drift injector: what it does, in words, and its effects at a severity in 0..1. */
export interface DriftScenario {
  readonly name: ScenarioName;
  readonly description: string;
  /** What a monitor should see: which checks react and which must not. */
  readonly expect: string;
  readonly effects: (severity: number) => SampleEffects;
}

/**
 * The drift scenarios of `simulateScenario` and `driftlens simulate`, each a documented injector
 * with severity 0 (none) to 1 (the strongest it makes).
 */
export const DRIFT_SCENARIOS: Readonly<Record<ScenarioName, DriftScenario>> = {
  "covariate-shift": {
    name: "covariate-shift",
    description: "inputs move, the world's rule does not: age +10 years, income ×1.8, the south region and the app channel up to 3× as likely (at severity 1)",
    expect: "feature drift on age, income, region and channel; labels still follow the same rule, so performance moves only as much as the new mix of rows makes it, and CBPE tracks it without labels",
    effects: (s) => ({ ageShift: 10 * s, incomeFactor: 1 + 0.8 * s, mixTilt: 2 * s }),
  },
  "scale-change": {
    name: "scale-change",
    description: "age and debt_ratio spread out around the same means: their standard deviations grow up to 2× (at severity 1)",
    expect: "drift on age and debt_ratio (distribution tests, not mean tests); more extreme rows, so the model is more often confidently right and wrong",
    effects: (s) => ({ spreadFactor: 1 + s }),
  },
  "new-categories": {
    name: "new-categories",
    description: "up to 30% of rows (at severity 1) come from regions the reference never had (islands, overseas), whose real risk is high but which the model scores as average",
    expect: "drift on region (categories absent from the reference); accuracy and recall fall, because the model misses the new regions' defaults; CBPE cannot see that loss (the model's probabilities for those rows look ordinary)",
    effects: (s) => ({ newCategoryShare: 0.3 * s }),
  },
  "label-flips": {
    name: "label-flips",
    description: "concept drift: up to 25% of true labels (at severity 1) are flipped after they are drawn; inputs and predictions do not change",
    expect: "no feature or prediction drift; accuracy, F1 and ROC AUC fall with labels; CBPE cannot see it (it assumes the rule is unchanged)",
    effects: (s) => ({ labelFlip: 0.25 * s }),
  },
  "prediction-rate-change": {
    name: "prediction-rate-change",
    description: "the model's logit is raised by up to 1.5 (at severity 1), as after a broken feature scaling: it predicts 'yes' far more often",
    expect: "prediction drift on predicted and probability, none on the features; precision falls and recall rises; CBPE is misled (it trusts the inflated probabilities), so only labels show the real loss",
    effects: (s) => ({ scoreShift: 1.5 * s }),
  },
};

export const SCENARIO_NAMES = Object.keys(DRIFT_SCENARIOS) as ScenarioName[];
