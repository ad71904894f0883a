import { findName } from "../brief/name.ts";
import { findColours } from "../brief/style.ts";
import { recogniseTrade } from "../brief/trade.ts";
import { findMood } from "../brief/voice.ts";
import { MOODS } from "../../../domain/ai-vocabulary.ts";
import type { ChatBrief, OnboardingData, OnboardingOutput } from "../tasks.ts";
import { capitalise, clampText } from "./copy.ts";

const QUESTIONS = {
  name: "What is your business called?",
  description: "Tell me what you sell and who it is for, in a sentence or two.",
  place: "Where are you based? Say 'online only' if you do not have a location.",
  look: "What look do you like: warm, fresh, bold, elegant, minimal, playful, earthy or calm? Mention any brand colours too.",
  competitors:
    "Are there up to three shops whose websites you admire? Paste their addresses, or say 'skip'.",
} as const;
type Step = keyof typeof QUESTIONS;
const ORDER: Step[] = ["name", "description", "place", "look", "competitors"];

/**
 * The onboarding chat without a model: the next question the brief has no answer to, the last
 * answer read into the brief with the brief readers (../brief/).
 */
export function offlineOnboarding(data: OnboardingData): OnboardingOutput {
  const brief: ChatBrief = {
    ...data.brief,
    colors: [...data.brief.colors],
    competitorUrls: [...data.brief.competitorUrls],
  };
  const lastAsked = lastQuestion(data.messages);
  // Only the newest message can be a new answer: "Continue with this" sends the conversation as
  // it ends, with the assistant's reply last, and its last answer was taken in already.
  const newest = data.messages.at(-1);
  const answer = newest?.role === "merchant" ? newest.text.trim() : "";
  const answered = new Set<Step>(stepsAnswered(data.messages));

  if (answer && lastAsked) {
    answered.add(lastAsked);
    absorb(brief, lastAsked, answer);
  } else if (answer) {
    absorb(brief, "description", answer);
  }

  const readyEnough = brief.name.trim() !== "" && brief.description.trim().length >= 10;
  const next = ORDER.find((step) => !answered.has(step) && !known(brief, step));
  if (data.wantsToFinish || (!next && readyEnough)) {
    if (!readyEnough) {
      const missing: Step = brief.name.trim() === "" ? "name" : "description";
      return { reply: `Almost there. ${QUESTIONS[missing]}`, brief, ready: false };
    }
    return {
      reply: `Thank you! I have what I need to build ${brief.name}. Press Generate when you are ready.`,
      brief,
      ready: true,
    };
  }
  const step = next ?? (brief.name.trim() === "" ? "name" : "description");
  const greeting =
    data.messages.length === 0
      ? "Hello! I will ask a few quick questions and then build your store. You can stop at any time and generate with what we have. "
      : acknowledge(lastAsked, brief);
  return { reply: clampText(`${greeting}${QUESTIONS[step]}`, 500), brief, ready: readyEnough };
}

function lastQuestion(messages: OnboardingData["messages"]): Step | null {
  const last = [...messages].reverse().find((m) => m.role === "assistant");
  if (!last) return null;
  return ORDER.find((step) => last.text.includes(QUESTIONS[step])) ?? null;
}

function stepsAnswered(messages: OnboardingData["messages"]): Step[] {
  const steps: Step[] = [];
  messages.forEach((message, i) => {
    if (message.role !== "assistant") return;
    const step = ORDER.find((s) => message.text.includes(QUESTIONS[s]));
    if (step && messages.slice(i + 1).some((m) => m.role === "merchant")) steps.push(step);
  });
  return steps;
}

function known(brief: ChatBrief, step: Step): boolean {
  switch (step) {
    case "name":
      return brief.name.trim() !== "";
    case "description":
      return brief.description.trim().length >= 10;
    case "place":
      return (
        /\b(in|from|based in)\s+[A-Z]/.test(brief.description) ||
        /online only/i.test(brief.description)
      );
    case "look":
      return brief.mood !== null || brief.colors.length > 0;
    case "competitors":
      return brief.competitorUrls.length > 0;
  }
}

function absorb(brief: ChatBrief, step: Step, answer: string): void {
  const text = answer.replace(/\s+/g, " ").trim().slice(0, 1000);
  const skip = /^(skip|no|none|nope|n\/a|not really|no thanks)\.?$/i.test(text);
  switch (step) {
    case "name": {
      const name = text.split(/\s+/).length <= 6 ? text.replace(/[.!]+$/, "") : findName(text);
      if (name) brief.name = name.slice(0, 80);
      else appendDescription(brief, text);
      break;
    }
    case "description":
      appendDescription(brief, text);
      break;
    case "place":
      if (!skip)
        appendDescription(
          brief,
          /online only/i.test(text)
            ? "We sell online only."
            : `We are based in ${text.replace(/^(in|from|based in)\s+/i, "").replace(/[.!]+$/, "")}.`,
        );
      break;
    case "look": {
      const mood = MOODS.find((m) => new RegExp(`\\b${m}\\b`, "i").test(text));
      if (mood) brief.mood = mood;
      const colors = findColours(text, brief.name || null).map((c) => c.hex);
      if (colors.length) brief.colors = colors.slice(0, 3);
      if (!mood) brief.mood = findMood(text) ?? brief.mood;
      break;
    }
    case "competitors": {
      const urls = text.match(/https?:\/\/[^\s,;]+/gi) ?? [];
      brief.competitorUrls = [...new Set([...brief.competitorUrls, ...urls])].slice(0, 3);
      break;
    }
  }
  if (!brief.industry) {
    const trade = recogniseTrade(`${brief.name} ${brief.description}`);
    if (trade !== "general") brief.industry = trade;
  }
}

function appendDescription(brief: ChatBrief, text: string): void {
  const sentence = /[.!?]$/.test(text) ? text : `${text}.`;
  brief.description = clampText(`${brief.description} ${capitalise(sentence)}`.trim(), 2000);
}

function acknowledge(step: Step | null, brief: ChatBrief): string {
  switch (step) {
    case "name":
      return brief.name ? `${brief.name}, lovely. ` : "Thanks. ";
    case "description":
      return "That sounds great. ";
    case "look":
      return brief.mood ? `A ${brief.mood} look it is. ` : "Noted. ";
    default:
      return "Thanks. ";
  }
}
