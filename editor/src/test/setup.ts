import { configure } from "@testing-library/react";

// Testing Library gives up on `findBy…` and `waitFor` after one second by default: a wait tuned
// to a quiet machine. These waits end as soon as the condition holds, so a generous ceiling costs
// nothing when things are fast and keeps the suite green on a loaded machine (issue 15, point 10).
configure({ asyncUtilTimeout: 60_000 });
