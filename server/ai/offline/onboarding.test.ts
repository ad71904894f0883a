import { describe, expect, it } from "vitest";
import type { ChatBrief, OnboardingData } from "../tasks.ts";
import { offlineOnboarding } from "./onboarding.ts";

const EMPTY: ChatBrief = {
  name: "",
  description: "",
  industry: null,
  mood: null,
  colors: [],
  competitorUrls: [],
};

/** Talks to the offline assistant as the wizard does: the whole conversation and brief each turn. */
function conversation() {
  const messages: OnboardingData["messages"] = [];
  let brief = EMPTY;
  return {
    get brief() {
      return brief;
    },
    say(text: string | null, wantsToFinish = false) {
      if (text) messages.push({ role: "merchant", text });
      const out = offlineOnboarding({ messages: [...messages], brief, wantsToFinish });
      messages.push({ role: "assistant", text: out.reply });
      brief = out.brief;
      return out;
    },
  };
}

describe("the offline onboarding assistant", () => {
  it("takes each answer once: finishing does not add the last answer again", async () => {
    const chat = conversation();
    chat.say(null);
    chat.say("Blue Fern Roasters");
    chat.say("Small-batch coffee beans and brewing gear for home baristas in Portland.");
    const asked = chat.say("warm, with forest green");
    expect(asked.reply).toMatch(/websites you admire/);
    const enough = chat.say("skip");
    expect(enough.ready).toBe(true);
    const before = chat.brief;
    const done = chat.say(null, true);
    expect(done.ready).toBe(true);
    expect(done.brief).toEqual(before);
    expect(done.brief.description).toBe(
      "Small-batch coffee beans and brewing gear for home baristas in Portland.",
    );
    expect(done.brief).toMatchObject({ name: "Blue Fern Roasters", mood: "warm" });
  });
});
