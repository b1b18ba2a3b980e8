// Component tests render the popup, options and collection, whose strings those pages add at
// startup (lib/i18n/ui.ts, with the core ones); tests add them the same way.
import '../lib/i18n/ui';
