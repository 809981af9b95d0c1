import type { Translation } from '../../types';
import type { shareActions as english } from '../en/shareActions';

export const shareActions: Translation<typeof english> = {
  copied: 'Đã sao chép liên kết.',
  copyFailed: 'Không sao chép được liên kết; hãy sao chép tại đây:',
  share: 'Chia sẻ…',
  arrivedSentence: 'Bạn đang ở câu được liên kết, được tô sáng ở cả hai ngôn ngữ.',
  arrivedBlock: 'Bạn đang ở đoạn được liên kết.',
  dismiss: 'Đóng thông báo',
  sentenceActions: 'Câu này',
  copyLink: 'Sao chép liên kết',
  listen: 'Nghe',
  closeActions: 'Đóng thao tác với câu',
  saveSentence: 'Lưu để ôn tập',
  sentenceSaved: 'Đã lưu câu: nó sẽ quay lại trong Ôn tập.',
  sentenceAlreadySaved: 'Câu này đã được lưu.',
  notStored: 'Không lưu được câu: bộ nhớ của trình duyệt dành cho trang này đã đầy hoặc bị chặn.',
};
