declare module 'virtual:glasshouse/scenarios' {
  import type { Scenario, ScenarioMeta } from './core/story/scenario';
  export const scenarioMetas: ScenarioMeta[];
  export const scenarioLoaders: Record<string, () => Promise<Scenario>>;
}
