/**
 * The xAPI statements a playthrough makes, built from plain values so that they can be tested in
 * Node and sent by any client: launched, initialized, one answered per choice, completed, passed
 * or failed, terminated. Ids and times come from the caller (`crypto.randomUUID()` and the clock
 * in the game, fixed values in tests), so a statement is built once, kept in the queue with its
 * id, and a resend of it is the same statement (an LRS stores one).
 *
 * The shape is our own (xAPI 1.0.3, the parts we use): the core has no DOM, and the client
 * library's types come with its HTTP layer's.
 */

/** Where the game's own extensions live: an IRI of the project, not of any vocabulary. */
export const competencyDeltasExtension = 'https://glasshouse.example/xapi/extensions/competency-deltas';
export const criticalMistakeExtension = 'https://glasshouse.example/xapi/extensions/critical-mistake';
const decisionNumberExtension = 'https://glasshouse.example/xapi/extensions/decision-number';
/** Activity ids are IRIs under this base, one per scenario and one per decision in it. */
const activityBase = 'https://glasshouse.example/xapi/activities';

const adlVerb = (word: string) => ({ id: `http://adlnet.gov/expapi/verbs/${word}`, display: { 'en-US': word } });
const verbs = {
  launched: adlVerb('launched'),
  initialized: adlVerb('initialized'),
  answered: adlVerb('answered'),
  completed: adlVerb('completed'),
  passed: adlVerb('passed'),
  failed: adlVerb('failed'),
  terminated: adlVerb('terminated'),
} as const;

type LanguageMap = Readonly<Record<string, string>>;

export interface XapiAgent {
  readonly objectType: 'Agent';
  readonly name?: string;
  readonly account?: { readonly homePage: string; readonly name: string };
  readonly mbox?: string;
}

interface InteractionComponent {
  readonly id: string;
  readonly description: LanguageMap;
}

export interface XapiActivity {
  readonly objectType?: 'Activity';
  readonly id: string;
  readonly definition?: {
    readonly type?: string;
    readonly name?: LanguageMap;
    readonly description?: LanguageMap;
    readonly interactionType?: 'choice';
    readonly choices?: readonly InteractionComponent[];
  };
}

export interface XapiScore {
  readonly scaled: number;
  readonly raw: number;
  readonly min: number;
  readonly max: number;
}

export interface XapiResult {
  readonly score?: XapiScore;
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface XapiContext {
  readonly registration?: string;
  readonly contextActivities?: {
    readonly parent?: readonly XapiActivity[];
    readonly grouping?: readonly XapiActivity[];
    readonly category?: readonly XapiActivity[];
    readonly other?: readonly XapiActivity[];
  };
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context?: XapiContext;
  readonly timestamp: string;
}

/**
 * The learner as xAPI wants an agent identified: an account on the site that hosts the game (the
 * name they typed is all we know; there is no email to make an mbox of).
 */
export function learnerAgent(learner: string, homePage: string): XapiAgent {
  const name = learner.trim() || 'anonymous learner';
  return { objectType: 'Agent', name, account: { homePage, name } };
}

/** ISO 8601 duration, as xAPI's `result.duration` wants it, to the hundredth of a second. */
export function isoDuration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

export function scenarioActivityId(scenarioId: string): string {
  return `${activityBase}/scenarios/${encodeURIComponent(scenarioId)}`;
}

export function decisionActivityId(scenarioId: string, decision: number): string {
  return `${scenarioActivityId(scenarioId)}/decisions/${decision + 1}`;
}

/** The response id of an option: its authored position, whatever place it was shown in. */
function optionResponseId(optionIndex: number): string {
  return `option-${optionIndex}`;
}

export interface ScenarioRef {
  readonly id: string;
  readonly title: string;
}

export interface AnsweredChoice {
  /** 0-based number of the decision in the playthrough. */
  readonly decision: number;
  /** Every option of the decision, in authored order. */
  readonly options: readonly { readonly index: number; readonly label: string }[];
  /** The authored index of the option taken. */
  readonly optionIndex: number;
  readonly deltas: Readonly<Record<string, number>>;
  /** The rubric-weighted sum of `deltas`. */
  readonly overallDelta: number;
  /** The author's reason when the option is `#critical`, else null. */
  readonly critical: string | null;
}

export interface FinishedScenario {
  /** Overall percent, 0 to 100, as reported (see `scoreAgreeingWithVerdict`). */
  readonly percent: number;
  /** The verdict, critical-mistake rule included. */
  readonly passed: boolean;
  readonly durationMs: number;
}

export interface StatementFactory {
  /** A fresh UUID per statement, such as `() => crypto.randomUUID()`. */
  readonly newId: () => string;
  readonly now: () => Date;
  readonly actor: () => XapiAgent;
  /** Added to every statement (a cmi5 registration and context template, say). */
  readonly context?: XapiContext;
}

function scenarioActivity(scenario: ScenarioRef): XapiActivity {
  return {
    objectType: 'Activity',
    id: scenarioActivityId(scenario.id),
    definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { en: scenario.title } },
  };
}

/**
 * Whether a choice counts as right in xAPI's one yes/no: a critical option or one that loses
 * ground overall is not (the same judgement as the SCORM interaction's `result`).
 */
function choiceSucceeded(choice: Pick<AnsweredChoice, 'critical' | 'overallDelta'>): boolean {
  return choice.critical === null && choice.overallDelta >= 0;
}

type ContextActivities = NonNullable<XapiContext['contextActivities']>;

/** The template's context with ours added: lists are joined, never replaced (cmi5 10.2.1 keeps the template's). */
function mergeContext(base: XapiContext | undefined, own: XapiContext | undefined): XapiContext | undefined {
  if (!base) return own;
  if (!own) return base;
  const lists = ['parent', 'grouping', 'category', 'other'] as const;
  const contextActivities: ContextActivities = Object.fromEntries(
    lists.flatMap((list) => {
      const joined = [...(base.contextActivities?.[list] ?? []), ...(own.contextActivities?.[list] ?? [])];
      return joined.length ? [[list, joined]] : [];
    }),
  );
  return {
    ...base,
    ...own,
    ...(Object.keys(contextActivities).length ? { contextActivities } : {}),
    ...(base.extensions || own.extensions ? { extensions: { ...base.extensions, ...own.extensions } } : {}),
  };
}

/** Builds the statements of one learner's playthroughs; each call makes a new statement with a new id. */
export function statementBuilder(factory: StatementFactory) {
  const statement = (
    verb: XapiStatement['verb'],
    object: XapiActivity,
    extra: { result?: XapiResult; context?: XapiContext } = {},
  ): XapiStatement => {
    const context = mergeContext(factory.context, extra.context);
    return {
      id: factory.newId(),
      actor: factory.actor(),
      verb,
      object,
      ...(extra.result ? { result: extra.result } : {}),
      ...(context ? { context } : {}),
      timestamp: factory.now().toISOString(),
    };
  };
  const inScenario = (scenario: ScenarioRef): XapiContext => ({
    contextActivities: { parent: [scenarioActivity(scenario)] },
  });
  return {
    launched: (scenario: ScenarioRef) => statement(verbs.launched, scenarioActivity(scenario)),
    initialized: (scenario: ScenarioRef) => statement(verbs.initialized, scenarioActivity(scenario)),
    answered: (scenario: ScenarioRef, choice: AnsweredChoice) => {
      const chosen = choice.options.find((option) => option.index === choice.optionIndex);
      return statement(
        verbs.answered,
        {
          objectType: 'Activity',
          id: decisionActivityId(scenario.id, choice.decision),
          definition: {
            type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
            name: { en: `${scenario.title}, decision ${choice.decision + 1}` },
            ...(chosen ? { description: { en: chosen.label } } : {}),
            interactionType: 'choice',
            choices: choice.options.map((option) => ({ id: optionResponseId(option.index), description: { en: option.label } })),
          },
        },
        {
          result: {
            response: optionResponseId(choice.optionIndex),
            success: choiceSucceeded(choice),
            extensions: {
              [competencyDeltasExtension]: { ...choice.deltas },
              ...(choice.critical === null ? {} : { [criticalMistakeExtension]: choice.critical }),
            },
          },
          context: { ...inScenario(scenario), extensions: { [decisionNumberExtension]: choice.decision + 1 } },
        },
      );
    },
    completed: (scenario: ScenarioRef, finished: Pick<FinishedScenario, 'durationMs'>) =>
      statement(verbs.completed, scenarioActivity(scenario), {
        result: { completion: true, duration: isoDuration(finished.durationMs) },
      }),
    /** `passed` or `failed`, as the result decided, with the score. */
    judged: (scenario: ScenarioRef, finished: FinishedScenario) =>
      statement(finished.passed ? verbs.passed : verbs.failed, scenarioActivity(scenario), {
        result: {
          score: percentScore(finished.percent),
          success: finished.passed,
          completion: true,
          duration: isoDuration(finished.durationMs),
        },
      }),
    terminated: (scenario: ScenarioRef, durationMs: number) =>
      statement(verbs.terminated, scenarioActivity(scenario), { result: { duration: isoDuration(durationMs) } }),
  };
}

/** A percent as an xAPI score: raw 0 to 100, scaled 0 to 1 (rounded to what an LMS shows). */
export function percentScore(percent: number): XapiScore {
  const raw = Math.round(Math.min(100, Math.max(0, percent)) * 100) / 100;
  return { scaled: Math.round(raw * 100) / 10_000, raw, min: 0, max: 100 };
}
