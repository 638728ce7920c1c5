// Unit and component tests read results right after changing the scenario: run each change at once.
// The browser's after-paint scheduling is tested on its own (tests/stores/results.test.ts,
// tests/scheduling/) and end to end.
import { setResultsSchedule } from '../src/stores/results'
import { runNow } from '../src/scheduling/frame-tasks'

setResultsSchedule(runNow)
