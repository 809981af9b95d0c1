// The English interface strings, one module per namespace: the server's pages and each island's own.
import { site } from './site';
import { library } from './library';
import { article } from './article';
import { annotations } from './annotations';
import { cards } from './cards';
import { entities } from './entities';
import { share } from './share';
import { shareActions } from './shareActions';
import { sentence } from './sentence';
import { search } from './search';
import { timeline } from './timeline';
import { openData } from './openData';
import { theme } from './theme';
import { readerControls } from './readerControls';
import { study } from './study';
import { studyTools } from './studyTools';
import { wordCard } from './wordCard';
import { partsOfSpeech } from './partsOfSpeech';
import { myWords } from './myWords';
import { notFound } from './notFound';
import { review } from './review';
import { reviewCount } from './reviewCount';
import { workbench } from './workbench';

export const en = { site, library, article, annotations, cards, entities, share, shareActions, sentence, search, timeline, openData, theme, readerControls, study, studyTools, wordCard, partsOfSpeech, myWords, notFound, review, reviewCount, workbench };
