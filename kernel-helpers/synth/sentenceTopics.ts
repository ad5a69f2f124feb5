/**
 * Word lists of the synthetic sentences: six topics of everyday English, each with nouns, verbs
 * and adjectives, plus rarer synonyms that the vocabulary-shift drift swaps in. The plain words
 * are in the bundled text model's WordPiece vocabulary (scripts/make-models.mjs); the rare ones
 * are not, so they split into word pieces as new jargon does in real traffic.
 */
export interface SentenceTopic {
  readonly name: string;
  readonly nouns: readonly string[];
  readonly verbs: readonly string[];
  readonly adjectives: readonly string[];
}

export const SENTENCE_TOPICS: readonly SentenceTopic[] = [
  {
    name: "weather",
    nouns: ["rain", "wind", "snow", "storm", "cloud", "sun", "sky", "morning", "night", "river", "coast", "valley", "forecast", "season", "heat"],
    verbs: ["falls", "moves", "brings", "covers", "turns", "comes", "passes", "reaches", "clears", "changes"],
    adjectives: ["cold", "warm", "dark", "bright", "heavy", "light", "strong", "calm", "wet", "dry"],
  },
  {
    name: "sports",
    nouns: ["team", "game", "player", "coach", "ball", "goal", "match", "season", "field", "score", "crowd", "race", "club", "win", "point"],
    verbs: ["wins", "loses", "plays", "scores", "leads", "beats", "trains", "runs", "kicks", "starts"],
    adjectives: ["fast", "young", "strong", "final", "home", "great", "tired", "proud", "late", "early"],
  },
  {
    name: "food",
    nouns: ["bread", "soup", "cake", "fruit", "rice", "meat", "fish", "cheese", "kitchen", "dinner", "lunch", "cook", "recipe", "table", "salt"],
    verbs: ["tastes", "cooks", "serves", "makes", "bakes", "needs", "smells", "eats", "cuts", "mixes"],
    adjectives: ["fresh", "sweet", "hot", "simple", "rich", "small", "green", "soft", "good", "full"],
  },
  {
    name: "finance",
    nouns: ["money", "bank", "price", "market", "share", "loan", "rate", "cost", "budget", "account", "tax", "profit", "fund", "trade", "value"],
    verbs: ["rises", "drops", "pays", "grows", "holds", "sells", "buys", "costs", "saves", "shows"],
    adjectives: ["high", "low", "new", "total", "public", "private", "stable", "weak", "large", "annual"],
  },
  {
    name: "technology",
    nouns: ["computer", "phone", "screen", "program", "system", "network", "data", "code", "machine", "device", "software", "server", "user", "file", "model"],
    verbs: ["runs", "stores", "sends", "loads", "checks", "builds", "reads", "writes", "finds", "works"],
    adjectives: ["digital", "smart", "quick", "open", "secure", "modern", "simple", "online", "main", "small"],
  },
  {
    name: "travel",
    nouns: ["train", "plane", "city", "hotel", "road", "trip", "ticket", "station", "map", "island", "country", "bus", "car", "journey", "guide"],
    verbs: ["leaves", "arrives", "visits", "takes", "crosses", "follows", "stops", "waits", "books", "returns"],
    adjectives: ["long", "short", "busy", "quiet", "old", "foreign", "local", "late", "free", "beautiful"],
  },
];

/** Words that join the parts of a sentence. */
export const FUNCTION_WORDS = {
  determiners: ["the", "a", "this", "our", "every", "that"],
  prepositions: ["in", "on", "near", "after", "before", "with", "over", "under", "through", "across"],
  connectors: ["and", "but", "so", "while", "because", "then"],
} as const;

/** Rarer words that stand in for common ones under vocabulary shift (not in the bundled vocabulary). */
export const RARE_WORDS: readonly string[] = [
  "precipitation", "cumulonimbus", "isobar", "anemometer", "meteorology", "quarterback", "penalty", "tournament",
  "championship", "referee", "sourdough", "marinade", "casserole", "gastronomy", "fermentation", "derivative",
  "collateral", "dividend", "amortization", "liquidity", "algorithm", "bandwidth", "firmware", "encryption",
  "virtualization", "itinerary", "passport", "luggage", "terminal", "expedition", "ephemeral", "ubiquitous",
  "serendipity", "quixotic", "labyrinth", "zephyr", "juxtaposition", "paradigm", "synergy", "kaleidoscope",
];
